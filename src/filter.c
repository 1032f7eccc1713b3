#include "filter.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "choice.h"
#include "date.h"
#include "fold.h"
#include "lang.h"
#include "list.h"
#include "roles.h"
#include "strmap.h"
#include "xalloc.h"

struct idrange {
	char *prefix;		/* "F" in F1-F5; "" for plain numbers */
	unsigned long long lo, hi;
	char *exact;		/* non-NULL: match this id (no range) */
};

struct needle {
	char *s;
	size_t len;
};

/* What a text filter said of recent values: a column such as source
 * repeats its values, and folding one takes longer than looking it up. */
#define MEMO_SLOTS	256
#define MEMO_KEY	48
struct memo {
	struct {
		char key[MEMO_KEY];
		size_t len;		/* 0: empty slot */
		int match;
	} slot[MEMO_SLOTS];
};

struct filter {
	const char **langs;
	size_t nlangs;
	struct needle *text[TEXT__COUNT];
	size_t ntext[TEXT__COUNT];
	struct interval *dates;
	size_t ndates;
	int has_since, has_until, undated;
	struct interval since, until;
	enum date_field date_field;
	struct idrange *ids;
	size_t nids;
	int kinds;		/* bit 0 citation, bit 1 fact; 0 = any */
	enum link_status link;

	struct roles roles;	/* bound to a schema by filter_bind() */
	struct foldbuf scratch;
	struct lang_cache langs_seen;
	struct memo *memo[TEXT__COUNT];
};

static const enum role date_roles[] = {
	ROLE_DATE, ROLE_ACCESS_DATE, ROLE_ARCHIVE_DATE
};

const char *
date_field_column(enum date_field f)
{
	return role_name(date_roles[f]);
}

struct filter *
filter_new(void)
{
	return xcalloc(1, sizeof(struct filter));
}

void
filter_free(struct filter *f)
{
	size_t i, t;

	if (f == NULL)
		return;
	free(f->langs);
	for (t = 0; t < TEXT__COUNT; t++) {
		for (i = 0; i < f->ntext[t]; i++)
			free(f->text[t][i].s);
		free(f->text[t]);
	}
	free(f->dates);
	for (i = 0; i < f->nids; i++) {
		free(f->ids[i].prefix);
		free(f->ids[i].exact);
	}
	free(f->ids);
	foldbuf_free(&f->scratch);
	for (t = 0; t < TEXT__COUNT; t++)
		free(f->memo[t]);
	free(f);
}

/* Calls fn on each item of the list l made of list; stops at the first
 * -1. */
static int
each_of(struct list *l, const char *list, int (*fn)(struct filter *,
    const char *, size_t, char *, size_t), struct filter *f, char *err,
    size_t errlen)
{
	struct field it;

	while (list_next(l, &it)) {
		if (it.len == 0) {
			snprintf(err, errlen, "empty item in list '%s'", list);
			return -1;
		}
		if (fn(f, it.s, it.len, err, errlen) != 0)
			return -1;
	}
	return 0;
}

/* Calls fn on each comma-separated item of list; stops at the first -1. */
static int
each_item(const char *list, int (*fn)(struct filter *, const char *, size_t,
    char *, size_t), struct filter *f, char *err, size_t errlen)
{
	struct list l;

	list_option(&l, list);
	return each_of(&l, list, fn, f, err, errlen);
}

static int
add_lang(struct filter *f, const char *s, size_t n, char *err, size_t errlen)
{
	const char *code = lang_code(s, n);

	if (code == NULL) {
		snprintf(err, errlen, "unknown language '%.*s' (use an "
		    "ISO 639-1 code such as ru, or a name such as Russian)",
		    (int)n, s);
		return -1;
	}
	f->langs = xreallocarray(f->langs, f->nlangs + 1, sizeof *f->langs);
	f->langs[f->nlangs++] = code;
	return 0;
}

int
filter_add_lang(struct filter *f, const char *list, char *err, size_t errlen)
{
	struct list l;

	/* Names may hold a comma: "Greek, Modern (1453-)" is one. */
	list_option(&l, list);
	list_lang_names(&l);
	return each_of(&l, list, add_lang, f, err, errlen);
}

int
filter_add_text(struct filter *f, enum text_field t, const char *text)
{
	struct needle *nd;

	f->text[t] = xreallocarray(f->text[t], f->ntext[t] + 1,
	    sizeof *f->text[t]);
	nd = &f->text[t][f->ntext[t]++];
	nd->s = fold_dup(text, strlen(text), &nd->len);
	free(f->memo[t]);	/* what it remembered no longer holds */
	f->memo[t] = NULL;
	return 0;
}

static int
bad_date(const char *spec, const char *why, char *err, size_t errlen)
{
	snprintf(err, errlen, "bad date '%s': %s", spec, why);
	return -1;
}

static int
add_date(struct filter *f, const char *s, size_t n, char *err, size_t errlen)
{
	char spec[64];
	struct interval iv;
	const char *why;

	snprintf(spec, sizeof spec, "%.*s", (int)n, s);
	if (n >= sizeof spec)
		return bad_date(spec, "too long", err, errlen);
	if ((why = date_parse_spec(spec, &iv)) != NULL)
		return bad_date(spec, why, err, errlen);
	f->dates = xreallocarray(f->dates, f->ndates + 1, sizeof *f->dates);
	f->dates[f->ndates++] = iv;
	return 0;
}

int
filter_add_date(struct filter *f, const char *list, char *err, size_t errlen)
{
	size_t had = f->ndates;
	struct interval iv;
	const char *why;

	if (each_item(list, add_date, f, err, errlen) == 0)
		return 0;
	/* Not a list of dates, but perhaps one date with a comma, "May 29,
	 * 2015": then it is taken whole. If it is neither, the list's
	 * complaint stands, unless the whole value has a more precise one
	 * ("February 30, 2017": no such day). */
	f->ndates = had;
	if (strchr(list, ',') == NULL)
		return -1;
	if ((why = date_parse_spec(list, &iv)) == NULL) {
		f->dates = xreallocarray(f->dates, f->ndates + 1,
		    sizeof *f->dates);
		f->dates[f->ndates++] = iv;
		return 0;
	}
	if (strncmp(why, "not a date", 10) != 0)
		return bad_date(list, why, err, errlen);
	return -1;
}

int
filter_set_since(struct filter *f, const char *date, char *err,
    size_t errlen)
{
	const char *why = date_parse_loose(date, strlen(date), &f->since);

	if (why != NULL)
		return bad_date(date, why, err, errlen);
	f->has_since = 1;
	return 0;
}

int
filter_set_until(struct filter *f, const char *date, char *err,
    size_t errlen)
{
	const char *why = date_parse_loose(date, strlen(date), &f->until);

	if (why != NULL)
		return bad_date(date, why, err, errlen);
	f->has_until = 1;
	return 0;
}

void
filter_set_undated(struct filter *f)
{
	f->undated = 1;
}

void
filter_set_date_field(struct filter *f, enum date_field d)
{
	f->date_field = d;
}

void
filter_set_link(struct filter *f, enum link_status s)
{
	f->link = s;
}

/* Splits an id into a non-digit prefix and a trailing number. */
static int
split_id(const char *s, size_t n, size_t *plen, unsigned long long *num)
{
	size_t i = n;
	unsigned long long v = 0;

	while (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')
		i--;
	if (i == n || n - i > 19)
		return 0;
	for (*plen = i; i < n; i++)
		v = v * 10 + (unsigned long long)(s[i] - '0');
	*num = v;
	return 1;
}

/* An item is a range "35-42" or "F1-F5" when both ends are a number with
 * the same prefix, and an open range "40-" (40 and up) or "-5" (up to 5)
 * when one end is; anything else ("2-s2.0-85", a Scopus EID) is one id. */
static int
add_id(struct filter *f, const char *s, size_t n, char *err, size_t errlen)
{
	struct idrange r = { NULL, 0, 0, NULL };
	const char *dash = memchr(s, '-', n), *b;
	size_t pa = 0, pb = 0, an = 0, bn = 0;
	int a_ok = 0, b_ok = 0;

	if (dash != NULL && memchr(dash + 1, '-', n - (size_t)(dash - s) -
	    1) == NULL) {
		an = (size_t)(dash - s);
		bn = n - an - 1;
		b = dash + 1;
		a_ok = an > 0 && split_id(s, an, &pa, &r.lo);
		b_ok = bn > 0 && split_id(b, bn, &pb, &r.hi);
		if (a_ok && b_ok && pb != 0 && (pb != pa ||
		    strncasecmp(s, b, pa) != 0))
			a_ok = b_ok = 0;	/* "F1-G3": one id */
		if (an == 0 && bn == 0) {
			snprintf(err, errlen, "bad id range '-': it has no "
			    "ends");
			return -1;
		}
	}
	if (a_ok && (b_ok || bn == 0)) {
		if (bn == 0)
			r.hi = ULLONG_MAX;	/* "40-" */
		r.prefix = xstrndup(s, pa);
	} else if (b_ok && an == 0) {
		r.lo = 0;			/* "-5", "-F3" */
		r.prefix = xstrndup(dash + 1, pb);
	} else {
		r.exact = xstrndup(s, n);
		r.lo = r.hi = 0;	/* split_id() may have set them */
	}
	if (r.lo > r.hi) {
		free(r.prefix);
		snprintf(err, errlen, "bad id range '%.*s': it ends before it "
		    "starts", (int)n, s);
		return -1;
	}
	f->ids = xreallocarray(f->ids, f->nids + 1, sizeof *f->ids);
	f->ids[f->nids++] = r;
	return 0;
}

int
filter_add_ids(struct filter *f, const char *list, char *err, size_t errlen)
{
	return each_item(list, add_id, f, err, errlen);
}

/* Bit k of f->kinds is kinds[k]. */
static const char *const kinds[] = { "citation", "fact", NULL };

static int
add_kind(struct filter *f, const char *s, size_t n, char *err, size_t errlen)
{
	char word[16];
	int k = -1;

	if (n < sizeof word) {
		memcpy(word, s, n);
		word[n] = '\0';
		k = choice_index(word, kinds);
	}
	if (k < 0) {
		snprintf(err, errlen, "unknown kind '%.*s' (citation or fact)",
		    (int)n, s);
		return -1;
	}
	f->kinds |= 1 << k;
	return 0;
}

int
filter_add_kinds(struct filter *f, const char *list, char *err,
    size_t errlen)
{
	return each_item(list, add_kind, f, err, errlen);
}

/* ---- columns ---- */

static const enum role text_roles[TEXT__COUNT] = {
	ROLE_SOURCE, ROLE_AUTHOR, ROLE_TITLE, ROLE__COUNT
};

static int
uses_date(const struct filter *f)
{
	return f->ndates || f->has_since || f->has_until || f->undated;
}

size_t
filter_columns(const struct filter *f, const char **names)
{
	size_t n = 0;

	if (f->ids)
		names[n++] = "id";
	if (f->kinds)
		names[n++] = "kind";
	if (f->ntext[TEXT_AUTHOR])
		names[n++] = "author";
	if (f->ntext[TEXT_TITLE])
		names[n++] = "title";
	if (f->ntext[TEXT_SOURCE])
		names[n++] = "source";
	if (uses_date(f))
		names[n++] = date_field_column(f->date_field);
	if (f->nlangs)
		names[n++] = "lang";
	if (f->link != LINK_ANY)
		names[n++] = "url_status";
	return n;
}

const char *
filter_option_for(const struct filter *f, const char *col)
{
	static const char *const opts[][2] = {
		{ "id", "--id" }, { "kind", "--kind" }, { "author", "--author" },
		{ "title", "--title" }, { "source", "--source" },
		{ "lang", "--lang" },
	};
	size_t i;

	for (i = 0; i < sizeof opts / sizeof opts[0]; i++)
		if (strcmp(col, opts[i][0]) == 0)
			return opts[i][1];
	if (strcmp(col, "url_status") == 0)
		return f->link == LINK_DEAD ? "--dead" : "--live";
	if (f->ndates)
		return "--date";
	if (f->has_since)
		return "--since";
	if (f->has_until)
		return "--until";
	return "--undated";
}

void
filter_bind(struct filter *f, const struct schema *s)
{
	roles_bind(&f->roles, s);
}

static void
mark_role(const struct filter *f, enum role role, unsigned char *need,
    size_t n)
{
	int k;

	for (k = 0; k < ROLE_MAXCOLS && f->roles.col[role][k] >= 0; k++)
		if ((size_t)f->roles.col[role][k] < n)
			need[f->roles.col[role][k]] = 1;
}

int
filter_needs(const struct filter *f, unsigned char *need, size_t n)
{
	size_t t;

	if (f->ntext[TEXT_ANY])
		return 1;
	if (f->nids)
		mark_role(f, ROLE_ID, need, n);
	if (f->kinds)
		mark_role(f, ROLE_KIND, need, n);
	if (f->nlangs)
		mark_role(f, ROLE_LANG, need, n);
	if (f->link != LINK_ANY)
		mark_role(f, ROLE_URL_STATUS, need, n);
	if (uses_date(f))
		mark_role(f, date_roles[f->date_field], need, n);
	for (t = 0; t < TEXT_ANY; t++)
		if (f->ntext[t])
			mark_role(f, text_roles[t], need, n);
	return 0;
}

/* ---- evaluation ---- */

static const struct field *
get(const struct filter *f, const struct record *r, enum role role)
{
	return role_value(&f->roles, r, role);
}

/* The value may be a list, as Zotero and Scopus write it: "Russian;
 * English". */
static int
match_lang(struct filter *f, const struct field *v)
{
	struct list l;
	struct field it;
	const char *code;
	size_t i;

	list_field(&l, v->s, v->len, ";,");
	list_lang_names(&l);
	while (list_next(&l, &it))
		if ((code = lang_code_cached(&f->langs_seen, it.s, it.len)) !=
		    NULL)
			for (i = 0; i < f->nlangs; i++)
				if (f->langs[i] == code)
					return 1;
	return 0;
}

static int
match_text(struct filter *f, const struct needle *nd, size_t n,
    const struct field *v)
{
	size_t i;

	fold(&f->scratch, v->s, v->len);
	for (i = 0; i < n; i++)
		if (fold_contains(f->scratch.s, f->scratch.len, nd[i].s,
		    nd[i].len))
			return 1;
	return 0;
}

/* match_text(), remembered for short values of one column. */
static int
match_text_memo(struct filter *f, enum text_field t, const struct field *v)
{
	struct memo *m;
	size_t h;
	int r;

	if (v->len == 0 || v->len > MEMO_KEY)
		return match_text(f, f->text[t], f->ntext[t], v);
	if ((m = f->memo[t]) == NULL)
		m = f->memo[t] = xcalloc(1, sizeof *m);
	h = (size_t)(hash_bytes(v->s, v->len) % MEMO_SLOTS);
	if (m->slot[h].len == v->len && memcmp(m->slot[h].key, v->s,
	    v->len) == 0)
		return m->slot[h].match;
	r = match_text(f, f->text[t], f->ntext[t], v);
	memcpy(m->slot[h].key, v->s, v->len);
	m->slot[h].len = v->len;
	m->slot[h].match = r;
	return r;
}

static int
match_any_field(struct filter *f, const struct record *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (match_text(f, f->text[TEXT_ANY], f->ntext[TEXT_ANY],
		    &r->f[i]))
			return 1;
	return 0;
}

static int
match_date(const struct filter *f, const struct interval *iv)
{
	size_t i;

	if (f->has_since && iv->hi < f->since.lo)
		return 0;
	if (f->has_until && iv->lo > f->until.hi)
		return 0;
	if (f->ndates == 0)
		return 1;
	for (i = 0; i < f->ndates; i++)
		if (interval_overlap(&f->dates[i], iv))
			return 1;
	return 0;
}

static int
match_id(const struct filter *f, const struct field *v)
{
	unsigned long long num;
	size_t i, plen;
	int has_num = split_id(v->s, v->len, &plen, &num);

	for (i = 0; i < f->nids; i++) {
		const struct idrange *r = &f->ids[i];

		if (r->exact != NULL) {
			if (strlen(r->exact) == v->len &&
			    strncasecmp(r->exact, v->s, v->len) == 0)
				return 1;
		} else if (has_num && strlen(r->prefix) == plen &&
		    strncasecmp(r->prefix, v->s, plen) == 0 &&
		    num >= r->lo && num <= r->hi) {
			return 1;
		}
	}
	return 0;
}

static int
match_kind(const struct filter *f, const struct field *v)
{
	int k;

	for (k = 0; kinds[k] != NULL; k++)
		if (v->len == strlen(kinds[k]) &&
		    strncasecmp(v->s, kinds[k], v->len) == 0)
			return (f->kinds >> k) & 1;
	return 0;
}

static int
match_link(const struct filter *f, const struct field *v)
{
	int dead = v->len == 4 && strncasecmp(v->s, "dead", 4) == 0;
	int live = v->len == 0 || (v->len == 4 &&
	    strncasecmp(v->s, "live", 4) == 0);

	return f->link == LINK_DEAD ? dead : live;
}

int
filter_match(struct filter *f, const struct record *r, struct diag_sink *d)
{
	size_t t;

	if (f->nids && !match_id(f, get(f, r, ROLE_ID)))
		return 0;
	if (f->kinds && !match_kind(f, get(f, r, ROLE_KIND)))
		return 0;
	if (f->nlangs && !match_lang(f, get(f, r, ROLE_LANG)))
		return 0;
	if (f->link != LINK_ANY && !match_link(f, get(f, r,
	    ROLE_URL_STATUS)))
		return 0;
	if (uses_date(f)) {
		const struct field *v = get(f, r, date_roles[f->date_field]);
		struct interval iv;
		const char *why;
		int undated;

		if (v->len == 0)
			return f->undated && !f->ndates && !f->has_since &&
			    !f->has_until;
		if ((why = date_parse_text(v->s, v->len, &iv, &undated)) !=
		    NULL) {
			diag_tally(d, r->file, r->line, DIAG_BAD_DATE, v->s,
			    v->len);
			return 0;
		}
		if (undated)		/* "n.d." */
			return f->undated && !f->ndates && !f->has_since &&
			    !f->has_until;
		if (f->undated || !match_date(f, &iv))
			return 0;
	}
	for (t = 0; t < TEXT_ANY; t++)
		if (f->ntext[t] && !match_text_memo(f, (enum text_field)t,
		    get(f, r, text_roles[t])))
			return 0;
	if (f->ntext[TEXT_ANY] && !match_any_field(f, r))
		return 0;
	return 1;
}
