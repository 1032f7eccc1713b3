#include "filter.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "choice.h"
#include "cite.h"
#include "date.h"
#include "lang.h"
#include "list.h"
#include "match.h"
#include "roles.h"
#include "strmap.h"
#include "xalloc.h"

struct idrange {
	char *prefix;		/* "F" in F1-F5; "" for plain numbers */
	unsigned long long lo, hi;
	char *exact;		/* non-NULL: match this id (no range) */
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

/* The kinds of filter, in the order a row is tested: a date that cannot
 * be read is reported only when the date is tested, so that text, which
 * filter_prefilter() may settle before a row is split, comes before it. */
enum term_kind {
	T_IDS, T_KINDS, T_LANG, T_LINK, T_DOI, T_TEXT, T_DATES, T_SINCE, T_UNTIL,
	T_UNDATED
};

/* One filter: the values of one option (alternatives), or one negated
 * value ("-l '!en'"), which is a filter of its own. */
struct term {
	enum term_kind kind;
	enum text_field field;	/* T_TEXT */
	int negated;
	const char **langs;
	size_t nlangs;
	struct interval *dates;	/* T_DATES; T_SINCE and T_UNTIL: one */
	size_t ndates;
	struct idrange *ids;
	size_t nids;
	int kinds;		/* bit 0 citation, bit 1 fact */
	char **texts;		/* T_TEXT: as given; T_DOI: the DOIs */
	size_t ntexts;
	struct matcher **m;	/* and compiled, one for each */
	size_t nm;		/* (of the texts when last compiled) */
	struct memo *memo;
	enum match_verdict pre;	/* what the record's bytes said */
	/* The input column of the field (MATCHER_NO_COLUMN: none, or not
	 * known) in the input whose map is col_map. */
	const size_t *col_map;
	size_t col;
};

struct filter {
	struct term *terms;
	size_t nterms;
	enum date_field date_field;
	enum link_status link;
	int any;		/* --any: one filter is enough */
	int invert;		/* -v */
	int text_flags;		/* MATCH_REGEX, MATCH_WORD */
	int simd;		/* filter_simd(), or -1 */
	int compiled;		/* the text terms have their matchers */
	int has_pre;		/* filter_prefilter() can tell something */
	int pre_valid;		/* the terms' pre are for the next row */

	struct roles roles;	/* bound to a schema by filter_bind() */
	struct lang_cache langs_seen;
	/* the row's date, read once a row */
	int date_state;		/* DATE_UNREAD, ... */
	struct interval date;
};

enum { DATE_UNREAD, DATE_NONE, DATE_SOME, DATE_BAD };

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
	struct filter *f = xcalloc(1, sizeof(struct filter));

	f->simd = -1;
	return f;
}

void
filter_simd(struct filter *f, enum csvs_simd simd)
{
	size_t i, k;

	f->simd = (int)simd;
	for (i = 0; i < f->nterms; i++)
		for (k = 0; k < f->terms[i].nm; k++)
			if (f->terms[i].m[k] != NULL)
				matcher_simd(f->terms[i].m[k], simd);
}

static void
term_free(struct term *t)
{
	size_t i;

	free(t->langs);
	free(t->dates);
	for (i = 0; i < t->nids; i++) {
		free(t->ids[i].prefix);
		free(t->ids[i].exact);
	}
	free(t->ids);
	for (i = 0; i < t->ntexts; i++)
		free(t->texts[i]);
	for (i = 0; i < t->nm; i++)
		matcher_free(t->m[i]);
	free(t->texts);
	free(t->m);
	free(t->memo);
}

void
filter_free(struct filter *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->nterms; i++)
		term_free(&f->terms[i]);
	free(f->terms);
	free(f);
}

/* The filter of that kind (and field) that takes an option's values, or
 * a new one; a negated value always gets a new one. */
static struct term *
term_for(struct filter *f, enum term_kind kind, enum text_field field,
    int negated)
{
	struct term *t;
	size_t i;

	for (i = 0; i < f->nterms && !negated; i++)
		if (f->terms[i].kind == kind && f->terms[i].field == field &&
		    !f->terms[i].negated)
			return &f->terms[i];
	f->terms = xreallocarray(f->terms, f->nterms + 1, sizeof *f->terms);
	t = &f->terms[f->nterms++];
	memset(t, 0, sizeof *t);
	t->kind = kind;
	t->field = field;
	t->negated = negated;
	f->compiled = 0;
	return t;
}

/* A value that starts with '!' is negated; "\!" stands for a leading
 * '!'. Returns whether it is negated, and the value proper in *v. */
static int
negation(const char **v)
{
	if ((*v)[0] == '!') {
		(*v)++;
		return 1;
	}
	if ((*v)[0] == '\\' && (*v)[1] == '!')
		(*v)++;
	return 0;
}

/* Calls fn on each comma-separated item of list (where names holds a
 * comma, "Greek, Modern (1453-)", each name is one); stops at the first
 * -1. */
static int
each_item(const char *list, int names, int (*fn)(struct term *, const char *,
    size_t, char *, size_t), struct term *t, char *err, size_t errlen)
{
	struct list l;
	struct field it;

	list_option(&l, list);
	if (names)
		list_lang_names(&l);
	while (list_next(&l, &it)) {
		if (it.len == 0) {
			snprintf(err, errlen, "empty item in list '%s'", list);
			return -1;
		}
		if (fn(t, it.s, it.len, err, errlen) != 0)
			return -1;
	}
	return 0;
}

/* Adds a list option's values to the filter of their kind; a term left
 * empty by a bad value goes again. */
static int
add_list(struct filter *f, enum term_kind kind, const char *list,
    int (*fn)(struct term *, const char *, size_t, char *, size_t),
    char *err, size_t errlen)
{
	int neg = negation(&list);
	struct term *t = term_for(f, kind, TEXT__COUNT, neg);

	if (each_item(list, kind == T_LANG, fn, t, err, errlen) == 0)
		return 0;
	if (t->nlangs + t->ndates + t->nids + t->ntexts + (size_t)t->kinds ==
	    0) {
		term_free(t);
		f->nterms--;
	}
	return -1;
}

static int
add_lang(struct term *t, const char *s, size_t n, char *err, size_t errlen)
{
	const char *code = lang_code(s, n);

	if (code == NULL) {
		snprintf(err, errlen, "unknown language '%.*s' (use an "
		    "ISO 639-1 code such as ru, or a name such as Russian)",
		    (int)n, s);
		return -1;
	}
	t->langs = xreallocarray(t->langs, t->nlangs + 1, sizeof *t->langs);
	t->langs[t->nlangs++] = code;
	return 0;
}

int
filter_add_lang(struct filter *f, const char *list, char *err, size_t errlen)
{
	return add_list(f, T_LANG, list, add_lang, err, errlen);
}

int
filter_add_text(struct filter *f, enum text_field field, const char *text)
{
	int neg = negation(&text);
	struct term *t = term_for(f, T_TEXT, field, neg);

	t->texts = xreallocarray(t->texts, t->ntexts + 1, sizeof *t->texts);
	t->texts[t->ntexts++] = xstrdup(text);
	f->compiled = 0;	/* what it remembered no longer holds */
	return 0;
}

void
filter_set_text_flags(struct filter *f, int flags)
{
	f->text_flags = flags;
	f->compiled = 0;
}

void
filter_set_any(struct filter *f)
{
	f->any = 1;
}

void
filter_set_invert(struct filter *f)
{
	f->invert = 1;
}

static const char *const text_options[TEXT__COUNT] = {
	"--source", "--author", "--title", "--keyword", "--grep"
};

/* Stable order of evaluation: by kind, and text by field. */
static int
term_order(const void *a, const void *b)
{
	const struct term *x = a, *y = b;

	if (x->kind != y->kind)
		return x->kind < y->kind ? -1 : 1;
	if (x->field != y->field)
		return x->field < y->field ? -1 : 1;
	return 0;
}

int
filter_compile(struct filter *f, char *err, size_t errlen)
{
	size_t i, j, k;
	char why[256];
	int r = 0;

	if (f->compiled)
		return 0;
	/* insertion sort: stable, and there are few terms */
	for (i = 1; i < f->nterms; i++)
		for (j = i; j > 0 && term_order(&f->terms[j - 1],
		    &f->terms[j]) > 0; j--) {
			struct term tmp = f->terms[j];

			f->terms[j] = f->terms[j - 1];
			f->terms[j - 1] = tmp;
		}
	f->has_pre = 0;
	for (i = 0; i < f->nterms; i++) {
		struct term *t = &f->terms[i];

		if (t->kind != T_TEXT)
			continue;
		for (k = 0; k < t->nm; k++)
			matcher_free(t->m[k]);
		free(t->m);
		free(t->memo);
		t->memo = NULL;
		t->m = xcalloc(t->ntexts, sizeof *t->m);
		t->nm = t->ntexts;
		for (k = 0; k < t->ntexts; k++) {
			t->m[k] = matcher_new(t->texts[k], strlen(t->texts[k]),
			    f->text_flags, why, sizeof why);
			if (t->m[k] != NULL && f->simd >= 0)
				matcher_simd(t->m[k], (enum csvs_simd)f->simd);
			if (t->m[k] == NULL && r == 0) {
				snprintf(err, errlen, "%s: bad regular "
				    "expression '%s': %s",
				    text_options[t->field], t->texts[k], why);
				r = -1;
			}
		}
		if (!(f->text_flags & MATCH_REGEX))
			f->has_pre = 1;
	}
	f->compiled = 1;
	return r;
}

static int
bad_date(const char *spec, const char *why, char *err, size_t errlen)
{
	snprintf(err, errlen, "bad date '%s': %s", spec, why);
	return -1;
}

static void
push_date(struct term *t, const struct interval *iv)
{
	t->dates = xreallocarray(t->dates, t->ndates + 1, sizeof *t->dates);
	t->dates[t->ndates++] = *iv;
}

static int
add_date(struct term *t, const char *s, size_t n, char *err, size_t errlen)
{
	char spec[64];
	struct interval iv;
	const char *why;

	snprintf(spec, sizeof spec, "%.*s", (int)n, s);
	if (n >= sizeof spec)
		return bad_date(spec, "too long", err, errlen);
	if ((why = date_parse_spec(spec, &iv)) != NULL)
		return bad_date(spec, why, err, errlen);
	push_date(t, &iv);
	return 0;
}

int
filter_add_date(struct filter *f, const char *list, char *err, size_t errlen)
{
	int neg = negation(&list);
	struct term *t = term_for(f, T_DATES, TEXT__COUNT, neg);
	size_t had = t->ndates;
	struct interval iv;
	const char *why;

	if (each_item(list, 0, add_date, t, err, errlen) == 0)
		return 0;
	/* Not a list of dates, but perhaps one date with a comma, "May 29,
	 * 2015": then it is taken whole. If it is neither, the list's
	 * complaint stands, unless the whole value has a more precise one
	 * ("February 30, 2017": no such day). */
	t->ndates = had;
	if (strchr(list, ',') != NULL) {
		if ((why = date_parse_spec(list, &iv)) == NULL) {
			push_date(t, &iv);
			return 0;
		}
		if (strncmp(why, "not a date", 10) != 0)
			(void)bad_date(list, why, err, errlen);
	}
	if (t->ndates == 0) {
		term_free(t);
		f->nterms--;
	}
	return -1;
}

static int
set_bound(struct filter *f, enum term_kind kind, const char *date,
    char *err, size_t errlen)
{
	struct interval iv;
	const char *why = date_parse_loose(date, strlen(date), &iv);
	struct term *t;

	if (why != NULL)
		return bad_date(date, why, err, errlen);
	t = term_for(f, kind, TEXT__COUNT, 0);
	t->ndates = 0;		/* the last one given stands */
	push_date(t, &iv);
	return 0;
}

int
filter_set_since(struct filter *f, const char *date, char *err,
    size_t errlen)
{
	return set_bound(f, T_SINCE, date, err, errlen);
}

int
filter_set_until(struct filter *f, const char *date, char *err,
    size_t errlen)
{
	return set_bound(f, T_UNTIL, date, err, errlen);
}

void
filter_set_undated(struct filter *f)
{
	(void)term_for(f, T_UNDATED, TEXT__COUNT, 0);
}

void
filter_set_date_field(struct filter *f, enum date_field d)
{
	f->date_field = d;
}

void
filter_set_link(struct filter *f, enum link_status s)
{
	size_t i;

	f->link = s;
	for (i = 0; i < f->nterms; i++)
		if (f->terms[i].kind == T_LINK)
			return;
	if (s != LINK_ANY)
		(void)term_for(f, T_LINK, TEXT__COUNT, 0);
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
add_id(struct term *t, const char *s, size_t n, char *err, size_t errlen)
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
	t->ids = xreallocarray(t->ids, t->nids + 1, sizeof *t->ids);
	t->ids[t->nids++] = r;
	return 0;
}

int
filter_add_ids(struct filter *f, const char *list, char *err, size_t errlen)
{
	return add_list(f, T_IDS, list, add_id, err, errlen);
}

/* Bit k of a term's kinds is kinds[k]. */
static const char *const kinds[] = { "citation", "fact", NULL };

static int
add_kind(struct term *t, const char *s, size_t n, char *err, size_t errlen)
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
	t->kinds |= 1 << k;
	return 0;
}

int
filter_add_kinds(struct filter *f, const char *list, char *err,
    size_t errlen)
{
	return add_list(f, T_KINDS, list, add_kind, err, errlen);
}

/* ---- columns ---- */

static const enum role text_roles[TEXT__COUNT] = {
	ROLE_SOURCE, ROLE_AUTHOR, ROLE_TITLE, ROLE_KEYWORDS, ROLE__COUNT
};

static int
has_kind(const struct filter *f, enum term_kind kind, enum text_field field)
{
	size_t i;

	for (i = 0; i < f->nterms; i++)
		if (f->terms[i].kind == kind && (kind != T_TEXT ||
		    f->terms[i].field == field))
			return 1;
	return 0;
}

static int
uses_date(const struct filter *f)
{
	return has_kind(f, T_DATES, 0) || has_kind(f, T_SINCE, 0) ||
	    has_kind(f, T_UNTIL, 0) || has_kind(f, T_UNDATED, 0);
}

size_t
filter_columns(const struct filter *f, const char **names)
{
	size_t n = 0;

	if (has_kind(f, T_IDS, 0))
		names[n++] = "id";
	if (has_kind(f, T_KINDS, 0))
		names[n++] = "kind";
	if (has_kind(f, T_TEXT, TEXT_AUTHOR))
		names[n++] = "author";
	if (has_kind(f, T_TEXT, TEXT_TITLE))
		names[n++] = "title";
	if (has_kind(f, T_TEXT, TEXT_SOURCE))
		names[n++] = "source";
	if (has_kind(f, T_TEXT, TEXT_KEYWORDS))
		names[n++] = "keywords";
	if (has_kind(f, T_DOI, 0))
		names[n++] = "doi";
	if (uses_date(f))
		names[n++] = date_field_column(f->date_field);
	if (has_kind(f, T_LANG, 0))
		names[n++] = "lang";
	if (has_kind(f, T_LINK, 0))
		names[n++] = "url_status";
	return n;
}

const char *
filter_option_for(const struct filter *f, const char *col)
{
	static const char *const opts[][2] = {
		{ "id", "--id" }, { "kind", "--kind" }, { "author", "--author" },
		{ "title", "--title" }, { "source", "--source" },
		{ "keywords", "--keyword" }, { "doi", "--doi" },
		{ "lang", "--lang" },
	};
	size_t i;

	for (i = 0; i < sizeof opts / sizeof opts[0]; i++)
		if (strcmp(col, opts[i][0]) == 0)
			return opts[i][1];
	if (strcmp(col, "url_status") == 0)
		return f->link == LINK_DEAD ? "--dead" : "--live";
	if (has_kind(f, T_DATES, 0))
		return "--date";
	if (has_kind(f, T_SINCE, 0))
		return "--since";
	if (has_kind(f, T_UNTIL, 0))
		return "--until";
	return "--undated";
}

void
filter_bind(struct filter *f, const struct schema *s)
{
	char err[8];
	size_t i;

	/* A pattern that does not compile (the options said so before)
	 * has no matcher and matches nothing. */
	(void)filter_compile(f, err, sizeof err);
	roles_bind(&f->roles, s);
	for (i = 0; i < f->nterms; i++)
		f->terms[i].col_map = NULL;	/* (term_column()) */
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

	if (has_kind(f, T_TEXT, TEXT_ANY))
		return 1;
	if (has_kind(f, T_IDS, 0))
		mark_role(f, ROLE_ID, need, n);
	if (has_kind(f, T_KINDS, 0))
		mark_role(f, ROLE_KIND, need, n);
	if (has_kind(f, T_LANG, 0))
		mark_role(f, ROLE_LANG, need, n);
	if (has_kind(f, T_LINK, 0))
		mark_role(f, ROLE_URL_STATUS, need, n);
	if (has_kind(f, T_DOI, 0))
		mark_role(f, ROLE_DOI, need, n);
	if (uses_date(f))
		mark_role(f, date_roles[f->date_field], need, n);
	for (t = 0; t < TEXT_ANY; t++)
		if (has_kind(f, T_TEXT, (enum text_field)t))
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
match_lang(struct filter *f, const struct term *t, const struct field *v)
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
			/* by value: the same code may stand in two tables
			 * (lang_table.c, lang_keys.c), one string each where
			 * the compiler does not merge them (AddressSanitizer) */
			for (i = 0; i < t->nlangs; i++)
				if (t->langs[i] == code ||
				    strcmp(t->langs[i], code) == 0)
					return 1;
	return 0;
}

static int
match_text(struct term *t, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < t->nm; i++)
		if (t->m[i] != NULL && matcher_value(t->m[i], s, n))
			return 1;
	return 0;
}

/* match_text(), remembered for short values of one column. */
static int
match_text_memo(struct term *t, const struct field *v)
{
	struct memo *m;
	size_t h;
	int r;

	if (v->len == 0 || v->len > MEMO_KEY)
		return match_text(t, v->s, v->len);
	if ((m = t->memo) == NULL)
		m = t->memo = xcalloc(1, sizeof *m);
	h = (size_t)(hash_bytes(v->s, v->len) % MEMO_SLOTS);
	if (m->slot[h].len == v->len && memcmp(m->slot[h].key, v->s,
	    v->len) == 0)
		return m->slot[h].match;
	r = match_text(t, v->s, v->len);
	memcpy(m->slot[h].key, v->s, v->len);
	m->slot[h].len = v->len;
	m->slot[h].match = r;
	return r;
}

static int
match_any_field(struct term *t, const struct record *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (match_text(t, r->f[i].s, r->f[i].len))
			return 1;
	return 0;
}

/* Every column of a role, not the first that is not empty: a keyword may
 * be in Zotero's manual or automatic tags, Scopus's author or index
 * keywords. */
static int
match_role_columns(const struct filter *f, struct term *t,
    const struct record *r, enum role role)
{
	int k;

	for (k = 0; k < ROLE_MAXCOLS && f->roles.col[role][k] >= 0; k++) {
		long c = f->roles.col[role][k];

		if ((size_t)c < r->n && r->f[c].len > 0 &&
		    match_text_memo(t, &r->f[c]))
			return 1;
	}
	return 0;
}

static int
match_doi(const struct term *t, const struct field *v)
{
	struct field doi = cite_doi(v);
	size_t i;

	for (i = 0; i < t->ntexts; i++)
		if (strlen(t->texts[i]) == doi.len &&
		    strncasecmp(t->texts[i], doi.s, doi.len) == 0)
			return 1;
	return 0;
}

static int
match_id(const struct term *t, const struct field *v)
{
	unsigned long long num;
	size_t i, plen;
	int has_num = split_id(v->s, v->len, &plen, &num);

	for (i = 0; i < t->nids; i++) {
		const struct idrange *r = &t->ids[i];

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
match_kind(const struct term *t, const struct field *v)
{
	int k;

	for (k = 0; kinds[k] != NULL; k++)
		if (v->len == strlen(kinds[k]) &&
		    strncasecmp(v->s, kinds[k], v->len) == 0)
			return (t->kinds >> k) & 1;
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

/* The row's date, read once: DATE_NONE (empty, or "n.d."), DATE_SOME, or
 * DATE_BAD (reported). */
static int
row_date(struct filter *f, const struct record *r, struct diag_sink *d)
{
	const struct field *v;
	int undated;

	if (f->date_state != DATE_UNREAD)
		return f->date_state;
	v = get(f, r, date_roles[f->date_field]);
	if (v->len == 0)
		return f->date_state = DATE_NONE;
	if (date_parse_text(v->s, v->len, &f->date, &undated) != NULL) {
		diag_tally(d, r->file, r->line, DIAG_BAD_DATE, v->s, v->len);
		return f->date_state = DATE_BAD;
	}
	return f->date_state = undated ? DATE_NONE : DATE_SOME;
}

/* Does the term hold for the row, before its negation? -1: it cannot be
 * told (a date that cannot be read), and neither can its negation. */
static int
term_holds(struct filter *f, struct term *t, const struct record *r,
    struct diag_sink *d, int pre)
{
	size_t i;
	int ds;

	switch (t->kind) {
	case T_IDS:
		return match_id(t, get(f, r, ROLE_ID));
	case T_KINDS:
		return match_kind(t, get(f, r, ROLE_KIND));
	case T_LANG:
		return match_lang(f, t, get(f, r, ROLE_LANG));
	case T_LINK:
		return match_link(f, get(f, r, ROLE_URL_STATUS));
	case T_DOI:
		return match_doi(t, get(f, r, ROLE_DOI));
	case T_DATES:
	case T_SINCE:
	case T_UNTIL:
	case T_UNDATED:
		if ((ds = row_date(f, r, d)) == DATE_BAD)
			return -1;
		if (t->kind == T_UNDATED)
			return ds == DATE_NONE;
		if (ds == DATE_NONE)
			return 0;
		if (t->kind == T_SINCE)
			return f->date.hi >= t->dates[0].lo;
		if (t->kind == T_UNTIL)
			return f->date.lo <= t->dates[0].hi;
		for (i = 0; i < t->ndates; i++)
			if (interval_overlap(&t->dates[i], &f->date))
				return 1;
		return 0;
	case T_TEXT:
		if (pre && t->pre == MATCH_NO)
			return 0;
		if (pre && t->pre == MATCH_YES)
			return 1;
		if (t->field == TEXT_ANY)
			return match_any_field(t, r);
		if (t->field == TEXT_KEYWORDS)
			return match_role_columns(f, t, r, ROLE_KEYWORDS);
		return match_text_memo(t, get(f, r, text_roles[t->field]));
	}
	return 0;
}

static int
match(struct filter *f, const struct record *r, struct diag_sink *d, int pre)
{
	size_t i;
	int res = !f->any || f->nterms == 0, h;

	if (!f->compiled) {
		char err[8];

		(void)filter_compile(f, err, sizeof err);
	}
	pre = pre && f->has_pre;	/* else filter_prefilter() told nothing */
	f->date_state = DATE_UNREAD;
	for (i = 0; i < f->nterms; i++) {
		struct term *t = &f->terms[i];

		h = term_holds(f, t, r, d, pre);
		h = h < 0 ? 0 : t->negated ? !h : h;
		if (f->any && h) {
			res = 1;
			break;
		}
		if (!f->any && !h) {
			res = 0;
			break;
		}
	}
	return f->invert ? !res : res;
}

int
filter_match(struct filter *f, const struct record *r, struct diag_sink *d)
{
	return match(f, r, d, 0);
}

int
filter_match_prefiltered(struct filter *f, const struct record *r,
    struct diag_sink *d)
{
	return match(f, r, d, 1);
}

static enum match_verdict
swap(enum match_verdict v)
{
	return v == MATCH_YES ? MATCH_NO : v == MATCH_NO ? MATCH_YES : v;
}

/* The column of input in that holds term t's field, where the record's
 * bytes can tell (see matcher_record_quick()). */
static size_t
term_column(const struct filter *f, struct term *t,
    const struct filter_input *in)
{
	long s;
	size_t j;

	if (in == NULL || in->map == NULL || t->field == TEXT_KEYWORDS)
		return MATCHER_NO_COLUMN;
	if (t->col_map != in->map) {
		t->col_map = in->map;
		t->col = MATCHER_NO_COLUMN;
		/* the role's first column: where it is not empty, it is
		 * the value (role_value()) */
		s = f->roles.col[text_roles[t->field]][0];
		for (j = 0; s >= 0 && j < in->n; j++)
			if (in->map[j] == (size_t)s) {
				t->col = j;
				break;
			}
	}
	return t->col;
}

int
filter_prefilter(struct filter *f, const char *raw, size_t n, char delim,
    const struct filter_input *in)
{
	enum match_verdict all, v, res;
	size_t i, k, col;
	int yes = 0, no = 0, maybe = 0;

	if (f->nterms == 0)	/* no filter: every row, or none with -v */
		return f->invert ? 0 : 2;
	if (!f->has_pre || !f->compiled)
		return 1;
	for (i = 0; i < f->nterms; i++) {
		struct term *t = &f->terms[i];

		v = MATCH_MAYBE;
		if (t->kind == T_TEXT) {
			col = t->field == TEXT_ANY ? MATCHER_NO_COLUMN :
			    term_column(f, t, in);
			all = MATCH_NO;
			for (k = 0; k < t->nm && all != MATCH_YES; k++) {
				if (t->m[k] == NULL)
					v = MATCH_NO;
				else if (t->field == TEXT_ANY)
					v = matcher_record(t->m[k], raw, n,
					    delim, in ? &in->ahead : NULL);
				else
					v = matcher_record_quick(t->m[k], raw,
					    n, delim, col, in ? &in->ahead : NULL);
				if (v != MATCH_NO)
					all = v;
			}
			/* (a match in some field, not this one) */
			if (all == MATCH_YES && t->field != TEXT_ANY &&
			    col == MATCHER_NO_COLUMN)
				all = MATCH_MAYBE;
			t->pre = all;
			v = t->negated ? swap(all) : all;
		}
		yes += v == MATCH_YES;
		no += v == MATCH_NO;
		maybe += v == MATCH_MAYBE;
	}
	if (f->any)
		res = yes ? MATCH_YES : maybe || f->nterms == 0 ? MATCH_MAYBE :
		    MATCH_NO;
	else
		res = no ? MATCH_NO : maybe ? MATCH_MAYBE : MATCH_YES;
	if (f->invert)
		res = swap(res);
	return res == MATCH_NO ? 0 : res == MATCH_YES ? 2 : 1;
}

static int
add_doi(struct term *t, const char *s, size_t n, char *err, size_t errlen)
{
	struct field v = { s, n }, doi = cite_doi(&v);

	/* Lenient: a DOI of a library is what it holds (--check judges). */
	if (doi.len < 4 || (strncmp(doi.s, "10.", 3) != 0 &&
	    strncmp(doi.s, "10/", 3) != 0) || memchr(doi.s, ' ', doi.len)) {
		snprintf(err, errlen, "not a DOI: '%.*s' (such as "
		    "10.1038/nature12373 or https://doi.org/10.1038/...)",
		    (int)n, s);
		return -1;
	}
	t->texts = xreallocarray(t->texts, t->ntexts + 1, sizeof *t->texts);
	t->texts[t->ntexts++] = xstrndup(doi.s, doi.len);
	return 0;
}

int
filter_add_dois(struct filter *f, const char *list, char *err, size_t errlen)
{
	return add_list(f, T_DOI, list, add_doi, err, errlen);
}
