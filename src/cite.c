#include "cite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "fold.h"
#include "lang.h"
#include "xalloc.h"

int
cite_is_reference(const struct roles *rs, const struct record *r)
{
	const struct field *kind = role_value(rs, r, ROLE_KIND);

	if (kind->len == 4 && memcmp(kind->s, "fact", 4) == 0)
		return 0;
	return role_value(rs, r, ROLE_TITLE)->len > 0 ||
	    role_value(rs, r, ROLE_AUTHOR)->len > 0;
}

static int
has_word(const char *folded, const char *const *words)
{
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (strstr(folded, words[i]) != NULL)
			return 1;
	return 0;
}

enum work
cite_work(const struct roles *rs, const struct record *r)
{
	static const struct {
		const char *type;
		enum work work;
	} types[] = {
		{ "newspaperarticle", WORK_NEWS },
		{ "journalarticle", WORK_JOURNAL },
		{ "magazinearticle", WORK_MAGAZINE },
		{ "webpage", WORK_WEB }, { "blogpost", WORK_WEB },
		{ "forumpost", WORK_WEB },
		{ "book", WORK_BOOK }, { "booksection", WORK_CHAPTER },
		{ "book chapter", WORK_CHAPTER },
		{ "conferencepaper", WORK_CONFERENCE },
		{ "conference paper", WORK_CONFERENCE },
		/* Scopus */
		{ "article", WORK_JOURNAL }, { "review", WORK_JOURNAL },
		{ "letter", WORK_JOURNAL }, { "note", WORK_JOURNAL },
		{ "editorial", WORK_JOURNAL }, { "short survey", WORK_JOURNAL },
	};
	static const char *const journals[] = {
		"journal", "review", "revue", "zeitschrift", "annals",
		"proceedings", "quarterly", NULL
	};
	static const char *const periodicals[] = {
		"times", "news", "press", "post", "daily", "herald",
		"gazette", "tribune", "magazine", "guardian", "spiegel",
		"diplomat", "forbes", "eye", "observer", "telegraph",
		"economist", "monitor", "chronicle", NULL
	};
	const struct field *type = role_value(rs, r, ROLE_TYPE);
	const struct field *src = role_value(rs, r, ROLE_SOURCE);
	size_t i, len;
	char *folded;
	int news;

	for (i = 0; i < sizeof types / sizeof types[0]; i++)
		if (type->len == strlen(types[i].type) &&
		    strncasecmp(type->s, types[i].type, type->len) == 0)
			return types[i].work;
	if (type->len > 0)
		return WORK_OTHER;
	if (src->len == 0)
		return WORK_WEB;
	folded = fold_dup(src->s, src->len, &len);
	news = has_word(folded, journals) ? 2 : has_word(folded, periodicals);
	free(folded);
	return news == 2 ? WORK_JOURNAL : news ? WORK_NEWS : WORK_WEB;
}

static char *
trimmed(const char *s, size_t n)
{
	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	return xstrndup(s, n);
}

size_t
cite_people(const struct field *f, struct person **out)
{
	const char *p = f->s, *end = f->s + f->len;
	struct person *v = NULL;
	size_t n = 0;

	while (p < end) {
		const char *q = memchr(p, ';', (size_t)(end - p));
		const char *e = q ? q : end, *comma, *sp;
		struct person one = { NULL, NULL };

		comma = memchr(p, ',', (size_t)(e - p));
		for (sp = e; sp > p && sp[-1] != ' '; sp--)
			;
		if (comma != NULL) {
			one.family = trimmed(p, (size_t)(comma - p));
			one.given = trimmed(comma + 1, (size_t)(e - comma - 1));
		} else if (sp > p && e > sp && e[-1] == '.') {
			/* Scopus: "Quick M." */
			one.family = trimmed(p, (size_t)(sp - p));
			one.given = trimmed(sp, (size_t)(e - sp));
		} else {
			one.family = trimmed(p, (size_t)(e - p));
		}
		if (*one.family != '\0') {
			v = xreallocarray(v, n + 1, sizeof *v);
			v[n++] = one;
		} else {
			free(one.family);
			free(one.given);
		}
		p = q ? q + 1 : end;
	}
	*out = v;
	return n;
}

void
cite_people_free(struct person *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(v[i].family);
		free(v[i].given);
	}
	free(v);
}

/* The precision of one end: 3 if it is one day, 2 a whole month, 1 a
 * whole year. */
static int
precision(long lo, long hi, int *y, int *m, int *d)
{
	int y2, m2, d2;

	date_civil(lo, y, m, d);
	date_civil(hi, &y2, &m2, &d2);
	if (lo == hi)
		return 3;
	if (*d == 1 && *y == y2 && *m == m2 && date_days(y2, m2, d2) + 1 ==
	    date_days(m2 == 12 ? y2 + 1 : y2, m2 == 12 ? 1 : m2 + 1, 1))
		return 2;
	if (*m == 1 && *d == 1 && m2 == 12 && d2 == 31 && *y == y2)
		return 1;
	return 0;
}

int
cite_date(const struct field *f, struct cite_date *cd)
{
	struct interval iv;
	int undated, y, m, d, y2, m2, d2;

	memset(cd, 0, sizeof *cd);
	if (f->len == 0 || date_parse_text(f->s, f->len, &iv, &undated) !=
	    NULL || undated)
		return -1;
	if ((cd->parts[0] = precision(iv.lo, iv.hi, &y, &m, &d)) != 0) {
		cd->y[0] = cd->y[1] = y;
		cd->m[0] = cd->m[1] = m;
		cd->d[0] = cd->d[1] = d;
		cd->parts[1] = cd->parts[0];
		return 0;
	}
	/* A range: each end as a day, or a month or year where it is whole. */
	date_civil(iv.lo, &y, &m, &d);
	date_civil(iv.hi, &y2, &m2, &d2);
	cd->range = 1;
	cd->y[0] = y;
	cd->m[0] = m;
	cd->d[0] = d;
	cd->y[1] = y2;
	cd->m[1] = m2;
	cd->d[1] = d2;
	cd->parts[0] = m == 1 && d == 1 ? 1 : d == 1 ? 2 : 3;
	cd->parts[1] = m2 == 12 && d2 == 31 ? 1 :
	    date_days(y2, m2, d2) + 1 == date_days(m2 == 12 ? y2 + 1 : y2,
	    m2 == 12 ? 1 : m2 + 1, 1) ? 2 : 3;
	if (cd->parts[0] != cd->parts[1])	/* keep both ends alike */
		cd->parts[0] = cd->parts[1] = 3;
	return 0;
}

static int
one_end(const struct cite_date *cd, int i, char *buf, size_t len)
{
	if (cd->parts[i] == 1)
		return snprintf(buf, len, "%04d", cd->y[i]);
	if (cd->parts[i] == 2)
		return snprintf(buf, len, "%04d-%02d", cd->y[i], cd->m[i]);
	return snprintf(buf, len, "%04d-%02d-%02d", cd->y[i], cd->m[i],
	    cd->d[i]);
}

void
cite_date_iso(const struct cite_date *cd, char *buf, size_t len)
{
	int n = one_end(cd, 0, buf, len);

	if (cd->range && n > 0 && (size_t)n + 1 < len) {
		buf[n] = '/';
		one_end(cd, 1, buf + n + 1, len - (size_t)n - 1);
	}
}

const char *
cite_language(const struct field *f, const char **code)
{
	const char *p = f->s, *end = f->s + f->len, *q;

	/* A list ("Russian; English"), whose names may hold commas. */
	while (p < end) {
		q = p + lang_item_len(p, (size_t)(end - p), ",;");
		if ((*code = lang_code(p, (size_t)(q - p))) != NULL)
			return lang_name(*code);
		if (q == end)
			break;
		p = q + 1;
	}
	*code = NULL;
	return NULL;
}

void
cite_archive_note(const struct roles *rs, const struct record *r, char *buf,
    size_t len)
{
	const struct field *au = role_value(rs, r, ROLE_ARCHIVE_URL);
	const struct field *st = role_value(rs, r, ROLE_URL_STATUS);
	struct cite_date cd;
	char iso[64] = "";

	buf[0] = '\0';
	if (cite_date(role_value(rs, r, ROLE_ARCHIVE_DATE), &cd) == 0)
		cite_date_iso(&cd, iso, sizeof iso);
	if (*iso || au->len > 0)
		snprintf(buf, len, "Archived%s%.*s%s%s", au->len ? " at " : "",
		    (int)au->len, au->s, *iso ? " on " : "", iso);
	if (st->len == 4 && memcmp(st->s, "dead", 4) == 0)
		snprintf(buf + strlen(buf), len - strlen(buf), "%sDead link",
		    *buf ? ". " : "");
}
