#include "cite.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "display.h"
#include "fold.h"
#include "lang.h"
#include "list.h"
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
	int news, isbn;

	for (i = 0; i < sizeof types / sizeof types[0]; i++)
		if (type->len == strlen(types[i].type) &&
		    strncasecmp(type->s, types[i].type, type->len) == 0)
			return types[i].work;
	if (type->len > 0)
		return WORK_OTHER;
	/* An ISBN without a type (citeq import): a book, or a chapter of
	 * the book that the source names */
	isbn = role_value(rs, r, ROLE_ISBN)->len > 0;
	if (src->len == 0)
		return isbn ? WORK_BOOK : WORK_WEB;
	folded = fold_dup(src->s, src->len, &len);
	news = has_word(folded, journals) ? 2 : has_word(folded, periodicals);
	free(folded);
	return news == 2 ? WORK_JOURNAL : news ? WORK_NEWS : isbn ?
	    WORK_CHAPTER : WORK_WEB;
}

/* Without the blanks around it, and without trailing commas ("EBLIDA,
 * IFLA, LIBER, Sparc Europe,"). */
static char *
trimmed(const char *s, size_t n)
{
	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == ','))
		n--;
	return xstrndup(s, n);
}

int
cite_is_suffix(const char *s, size_t n)
{
	static const char *const suffixes[] = {
		"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV", NULL
	};
	size_t i;

	while (n > 0 && *s == ' ')
		s++, n--;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	for (i = 0; suffixes[i] != NULL; i++)
		if (n == strlen(suffixes[i]) && memcmp(s, suffixes[i], n) == 0)
			return 1;
	return 0;
}

/* Is the part between two commas a suffix? */
static int
suffix_between(const char *comma, const char *comma2)
{
	return cite_is_suffix(comma + 1, (size_t)(comma2 - comma - 1));
}

size_t
cite_people(const struct field *f, struct person **out)
{
	struct person *v = NULL;
	struct list l;
	struct field it;
	size_t n = 0;

	list_field(&l, f->s, f->len, ";");
	while (list_next(&l, &it)) {
		const char *p = it.s, *e = it.s + it.len, *comma, *comma2, *sp;
		struct person one = { NULL, NULL, NULL };

		comma = memchr(p, ',', it.len);
		for (sp = e; sp > p && sp[-1] != ' '; sp--)
			;
		comma2 = comma != NULL ? memchr(comma + 1, ',', (size_t)(e -
		    comma - 1)) : NULL;
		if (comma2 != NULL && memchr(comma2 + 1, ',', (size_t)(e -
		    comma2 - 1)) == NULL && suffix_between(comma, comma2)) {
			/* "Mitchell, Jr, Vernon" */
			one.family = trimmed(p, (size_t)(comma - p));
			one.suffix = trimmed(comma + 1, (size_t)(comma2 - comma -
			    1));
			one.given = trimmed(comma2 + 1, (size_t)(e - comma2 - 1));
		} else if (comma2 != NULL) {
			/* More commas than a name has ("CIPPM, Create, IVIR,
			 * ASK"): a literal name, not family and given. */
			one.family = trimmed(p, it.len);
		} else if (comma != NULL) {
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
			free(one.suffix);
		}
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
		free(v[i].suffix);
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
	struct list l;
	struct field it;

	/* A list ("Russian; English"), whose names may hold commas. */
	list_field(&l, f->s, f->len, ";,");
	list_lang_names(&l);
	while (list_next(&l, &it))
		if ((*code = lang_code(it.s, it.len)) != NULL)
			return lang_name(*code);
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

struct field
cite_doi(const struct field *f)
{
	static const char *const prefixes[] = {
		"https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
		"http://dx.doi.org/", "doi:", NULL
	};
	struct field v = *f;
	size_t i, n;

	while (v.len > 0 && *v.s == ' ')
		v.s++, v.len--;
	while (v.len > 0 && v.s[v.len - 1] == ' ')
		v.len--;
	for (i = 0; prefixes[i] != NULL; i++) {
		n = strlen(prefixes[i]);
		if (v.len > n && strncasecmp(v.s, prefixes[i], n) == 0) {
			v.s += n;
			v.len -= n;
			return v;
		}
	}
	/* A resolver mistyped ("http:s//doi.org/10.1045/..."): the DOI
	 * starts after its doi.org/. */
	for (i = 0; i + 11 < v.len && v.s[i] != ' '; i++)
		if (strncasecmp(v.s + i, "doi.org/10.", 11) == 0) {
			v.s += i + 8;
			v.len -= i + 8;
			break;
		}
	return v;
}

/* Is d[0, n) (digits, and X last) an ISBN-10, ISBN-13 or ISSN whose check
 * digit is right? */
int
cite_id_valid(const char *d, size_t n, int issn)
{
	int sum = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		int v = d[i] == 'X' ? 10 : d[i] - '0';

		if (d[i] == 'X' && (i + 1 < n || n == 13))
			return 0;
		if (issn && n == 8)
			sum += v * (int)(8 - i);
		else if (n == 10)
			sum += v * (int)(10 - i);
		else if (n == 13)
			sum += v * (i % 2 ? 3 : 1);
	}
	if (issn)
		return n == 8 && sum % 11 == 0;
	return (n == 10 && sum % 11 == 0) || (n == 13 && sum % 10 == 0);
}

int
cite_isbn(const struct field *f, int issn, char *buf, size_t len)
{
	const char *p = f->s, *end = f->s + f->len;
	char d[16];
	size_t k = 0, n;

	buf[0] = '\0';
	while (p < end) {
		/* a run of digits, X and hyphens */
		for (n = 0; p < end && ((*p >= '0' && *p <= '9') || *p == 'X' ||
		    *p == 'x' || *p == '-'); p++)
			if (*p != '-' && n < sizeof d)
				d[n++] = (char)(*p == 'x' ? 'X' : *p);
		if (n > 0 && n < sizeof d && cite_id_valid(d, n, issn)) {
			char one[16];

			if (issn)
				snprintf(one, sizeof one, "%.4s-%.4s", d, d + 4);
			else
				snprintf(one, sizeof one, "%.*s", (int)n, d);
			if (strstr(buf, one) == NULL && k + strlen(one) + 2 <
			    len)
				k += (size_t)snprintf(buf + k, len - k, "%s%s",
				    k ? " " : "", one);
		}
		while (p < end && !((*p >= '0' && *p <= '9') || *p == 'X' ||
		    *p == 'x' || *p == '-'))
			p++;
	}
	if (k > 0 || f->len == 0)
		return 0;
	snprintf(buf, len, "%.*s", (int)f->len, f->s);
	return -1;
}

/* The first pat in f, or NULL. */
static const char *
find_in(const struct field *f, const char *pat)
{
	size_t i, n = strlen(pat);

	for (i = 0; i + n <= f->len; i++)
		if (memcmp(f->s + i, pat, n) == 0)
			return f->s + i;
	return NULL;
}

int
cite_pages(const struct roles *rs, const struct record *r,
    struct field *first, struct field *last)
{
	const struct field *p = role_value(rs, r, ROLE_PAGES);
	const char *dash;
	size_t i;

	first->s = last->s = "";
	first->len = last->len = 0;
	if (p->len == 0) {
		*first = *role_value(rs, r, ROLE_PAGE_START);
		*last = *role_value(rs, r, ROLE_PAGE_END);
		return first->len > 0 ? 0 : -1;
	}
	*first = *p;
	/* One range of two plain page numbers: its ends. */
	for (i = 0; i < p->len; i++)
		if (p->s[i] == ',' || p->s[i] == ';' || p->s[i] == ' ')
			return 0;
	/* The dash between the ends: an en dash or "--" if there is one,
	 * as page numbers may hold hyphens ("M-1--M-14", "M-1–M-14") */
	if ((dash = find_in(p, "\xe2\x80\x93")) == NULL &&
	    (dash = find_in(p, "--")) == NULL)
		dash = memchr(p->s, '-', p->len);
	if (dash == NULL || dash == p->s)
		return 0;
	first->len = (size_t)(dash - p->s);
	last->s = dash + (*dash == '-' ? 1 : 3);
	last->len = p->len - (size_t)(last->s - p->s);
	while (last->len > 0 && *last->s == '-')	/* "12--34" */
		last->s++, last->len--;
	return 0;
}

/* Does the sep-joined list in out hold s[0, n)? */
static int
has_item(const struct buf *out, const char *sep, const char *s, size_t n)
{
	const char *p = out->s, *e;
	size_t len;

	while (p != NULL && *p != '\0') {
		e = strstr(p, sep);
		len = e != NULL ? (size_t)(e - p) : strlen(p);
		if (len == n && memcmp(p, s, n) == 0)
			return 1;
		p = e != NULL ? e + strlen(sep) : NULL;
	}
	return 0;
}

void
cite_keywords(const struct roles *rs, const struct record *r,
    const char *sep, struct buf *out)
{
	struct list l;
	struct field it;
	size_t k;

	out->len = 0;
	buf_adds(out, "");
	for (k = 0; k < ROLE_MAXCOLS && rs->col[ROLE_KEYWORDS][k] >= 0; k++) {
		long c = rs->col[ROLE_KEYWORDS][k];

		if ((size_t)c >= r->n)
			continue;
		list_field(&l, r->f[c].s, r->f[c].len, ";");
		while (list_next(&l, &it)) {
			if (has_item(out, sep, it.s, it.len))
				continue;
			if (out->len > 0)
				buf_adds(out, sep);
			buf_add(out, it.s, it.len);
		}
	}
}

void
cite_strip_markup(const char *s, size_t n, struct buf *out)
{
	static const char *const tags[] = {
		"i", "b", "em", "strong", "sup", "sub", "sc", "span", NULL
	};
	size_t i, k, tl;

	out->len = 0;
	buf_adds(out, "");
	for (i = 0; i < n; i++) {
		if (s[i] == '<') {
			size_t j = i + 1 + (i + 1 < n && s[i + 1] == '/');

			for (k = 0; tags[k] != NULL; k++) {
				tl = strlen(tags[k]);
				if (j + tl < n && strncmp(s + j, tags[k], tl) ==
				    0 && (s[j + tl] == '>' || s[j + tl] == ' '))
					break;
			}
			if (tags[k] != NULL) {
				const char *gt = memchr(s + j, '>', n - j);

				if (gt != NULL) {
					i = (size_t)(gt - s);
					continue;
				}
			}
		}
		buf_addc(out, s[i]);
	}
}

int
cite_doi_valid(const struct field *doi)
{
	size_t i = 3, digits = 0;

	if (doi->len > 3 && strncmp(doi->s, "10/", 3) == 0) {	/* short */
		for (; i < doi->len; i++)
			if (!((doi->s[i] >= '0' && doi->s[i] <= '9') ||
			    (doi->s[i] >= 'a' && doi->s[i] <= 'z') ||
			    (doi->s[i] >= 'A' && doi->s[i] <= 'Z')))
				return 0;
		return 1;
	}
	if (doi->len < 6 || strncmp(doi->s, "10.", 3) != 0)
		return 0;
	for (; i < doi->len && doi->s[i] >= '0' && doi->s[i] <= '9'; i++)
		digits++;
	while (i < doi->len && doi->s[i] == '.')	/* 10.1000.10/x */
		for (i++; i < doi->len && doi->s[i] >= '0' &&
		    doi->s[i] <= '9'; i++)
			;
	if (digits < 4 || i + 1 >= doi->len || doi->s[i] != '/')
		return 0;
	for (i++; i < doi->len; i++)
		if (doi->s[i] == ' ' || (unsigned char)doi->s[i] < 0x20)
			return 0;
	return 1;
}
