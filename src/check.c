#include "check.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistr.h>

#include "cite.h"
#include "csvread.h"
#include "date.h"
#include "fold.h"
#include "in.h"
#include "input.h"
#include "lang.h"
#include "list.h"
#include "roles.h"
#include "strmap.h"
#include "xalloc.h"

/* What --check keeps of each id: the line it is first on, and for a fact
 * the ids it cites. ids maps an id to its index here. */
struct seen {
	char *cites;		/* facts only */
	unsigned long line;
};

struct ids {
	struct strmap index;	/* id -> index into v, in file order */
	struct seen *v;
	size_t cap;
};

struct checker {
	const char *file;
	void (*finding)(void *, const char *, unsigned long, const char *);
	void *arg;
	long n;
};

static void
found(struct checker *c, unsigned long line, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	c->finding(c->arg, c->file, line, msg);
	c->n++;
}

static int
date_of(struct checker *c, const struct record *r, const struct schema *s,
    const struct roles *rs, enum role role, struct interval *iv)
{
	const struct field *f = role_value(rs, r, role);
	const char *why;
	int undated, k;

	if (f->len == 0)
		return 0;
	if ((why = date_parse_text(f->s, f->len, iv, &undated)) != NULL) {
		for (k = 0; k < ROLE_MAXCOLS - 1 && rs->col[role][k + 1] >= 0 &&
		    &r->f[rs->col[role][k]] != f; k++)
			;
		found(c, r->line, "bad date '%.*s' in column %s: %s",
		    (int)(f->len > 64 ? 64 : f->len), f->s,
		    s->names[rs->col[role][k]], why);
		return 0;
	}
	return !undated;
}

static void
check_langs(struct checker *c, const struct record *r, const struct field *f)
{
	struct list l;
	struct field it;

	list_field(&l, f->s, f->len, ";,");
	list_lang_names(&l);
	while (list_next(&l, &it))
		if (lang_code(it.s, it.len) == NULL)
			found(c, r->line, "unknown language '%.*s'",
			    (int)(it.len > 32 ? 32 : it.len), it.s);
}

/* Identifiers: a DOI that is not 10.NNNN/..., ISBNs and ISSNs whose check
 * digit is wrong. */
static void
check_ids(struct checker *c, const struct record *r, const struct roles *rs)
{
	const struct field *f = role_value(rs, r, ROLE_DOI);
	struct field doi = cite_doi(f);
	int issn;

	if (doi.len > 0 && !cite_doi_valid(&doi))
		found(c, r->line, "bad DOI '%.*s'", (int)(f->len > 64 ? 64 :
		    f->len), f->s);
	for (issn = 0; issn <= 1; issn++) {
		const char *p, *end, *w;
		char d[16];
		size_t n;

		f = role_value(rs, r, issn ? ROLE_ISSN : ROLE_ISBN);
		end = f->s + f->len;
		for (p = f->s; p < end;) {
			for (w = p, n = 0; p < end && ((*p >= '0' &&
			    *p <= '9') || *p == 'X' || *p == 'x' || *p == '-');
			    p++)
				if (*p != '-' && n < sizeof d)
					d[n++] = (char)(*p == 'x' ? 'X' : *p);
			if (((issn && n == 8) || (!issn && (n == 10 ||
			    n == 13))) && !cite_id_valid(d, n, issn))
				found(c, r->line, "%s '%.*s' has a wrong check "
				    "digit", issn ? "ISSN" : "ISBN",
				    (int)(p - w), w);
			else if (n > 0 && n < sizeof d && (issn ? n != 8 :
			    n != 10 && n != 13) && n >= 7)
				found(c, r->line, "%s '%.*s' has %zu digits",
				    issn ? "ISSN" : "ISBN", (int)(p - w), w, n);
			while (p < end && !((*p >= '0' && *p <= '9') ||
			    *p == 'X' || *p == 'x' || *p == '-'))
				p++;
		}
	}
}

/* A header of one column, read with delimiter delim, that holds one of
 * the others: the file is likely separated by that one (--delimiter
 * chose wrong). Found from the header, the delimiter is never so. */
static void
check_delimiter(struct checker *c, const struct record *h, char delim)
{
	static const struct {
		char ch;
		const char *name;
	} seps[] = { { ',', "comma" }, { '\t', "tab" }, { ';', "semicolon" } };
	const char *used = "comma";
	size_t i, k, n;

	for (k = 0; k < sizeof seps / sizeof seps[0]; k++)
		if (seps[k].ch == delim)
			used = seps[k].name;
	for (k = 0; k < sizeof seps / sizeof seps[0]; k++) {
		if (seps[k].ch == delim)
			continue;
		for (i = n = 0; i < h->f[0].len; i++)
			n += h->f[0].s[i] == seps[k].ch;
		if (n > 0) {
			found(c, h->line, "the header has no %s but %zu "
			    "%s%s: the file looks %s-separated, not %s-separated",
			    used, n, seps[k].name, n == 1 ? "" : "s",
			    seps[k].name, used);
			return;
		}
	}
}

/* Names with more commas than "Family, Given" has. */
static void
check_names(struct checker *c, const struct record *r,
    const struct roles *rs, enum role role)
{
	const struct field *f = role_value(rs, r, role);
	struct list l;
	struct field it;
	const char *comma;

	list_field(&l, f->s, f->len, ";");
	while (list_next(&l, &it)) {
		const char *end = it.s + it.len, *comma2;

		if ((comma = memchr(it.s, ',', it.len)) == NULL ||
		    (comma2 = memchr(comma + 1, ',', (size_t)(end - comma -
		    1))) == NULL)
			continue;
		/* "Family, Jr, Given" is a name; more is not. */
		if (memchr(comma2 + 1, ',', (size_t)(end - comma2 - 1)) ==
		    NULL && cite_is_suffix(comma + 1, (size_t)(comma2 - comma -
		    1)))
			continue;
		found(c, r->line, "name '%.*s' has more commas than a name "
		    "has (names are separated by ';')",
		    (int)(it.len > 64 ? 64 : it.len), it.s);
	}
}

/* Values that stand for nothing: what a program wrote for a missing
 * value (NaN, null, N/A). */
static void
check_placeholders(struct checker *c, const struct record *r,
    const struct schema *s)
{
	static const char *const words[] = {
		"NaN", "nan", "null", "NULL", "Null", "N/A", "n/a", "#N/A",
		"None", "undefined", NULL
	};
	size_t i, k;

	for (i = 0; i < r->n && i < s->n; i++)
		for (k = 0; words[k] != NULL; k++)
			if (r->f[i].len == strlen(words[k]) &&
			    memcmp(r->f[i].s, words[k], r->f[i].len) == 0) {
				found(c, r->line, "placeholder '%s' in column "
				    "%s", words[k], s->names[i]);
				break;
			}
}

/* Bytes that are not UTF-8: the first of a row, with its column and its
 * byte within the field. */
static void
check_utf8(struct checker *c, const struct record *r, const struct schema *s)
{
	size_t i;
	const uint8_t *bad;

	for (i = 0; i < r->n && i < s->n; i++)
		if ((bad = u8_check((const uint8_t *)r->f[i].s, r->f[i].len)) !=
		    NULL) {
			found(c, r->line, "not UTF-8 in column %s, at byte %zu "
			    "of the field", s->names[i],
			    (size_t)(bad - (const uint8_t *)r->f[i].s) + 1);
			return;
		}
}

static void
check_row(struct checker *c, const struct record *r, const struct schema *s,
    const struct roles *rs, struct ids *ids)
{
	const struct field *id = role_value(rs, r, ROLE_ID);
	const struct field *title = role_value(rs, r, ROLE_TITLE);
	const struct field *kind = role_value(rs, r, ROLE_KIND);
	const struct field *note = role_value(rs, r, ROLE_NOTE);
	const struct field *type = role_value(rs, r, ROLE_TYPE);
	struct strmap_entry *e;
	struct interval pub, acc, arc;
	int has_pub, has_acc, has_arc;
	char day[2][16];
	int added;

	has_pub = date_of(c, r, s, rs, ROLE_DATE, &pub);
	has_acc = date_of(c, r, s, rs, ROLE_ACCESS_DATE, &acc);
	has_arc = date_of(c, r, s, rs, ROLE_ARCHIVE_DATE, &arc);
	if (has_pub && has_acc && acc.hi < pub.lo) {
		int y, m, d;

		date_civil(acc.hi, &y, &m, &d);
		snprintf(day[0], sizeof day[0], "%04d-%02d-%02d", y, m, d);
		found(c, r->line, "retrieved (%s) before published", day[0]);
	}
	if (has_pub && has_arc && arc.hi < pub.lo)
		found(c, r->line, "archived before published");
	if (roles_has(rs, ROLE_LANG))
		check_langs(c, r, role_value(rs, r, ROLE_LANG));
	check_utf8(c, r, s);
	check_placeholders(c, r, s);
	check_ids(c, r, rs);
	check_names(c, r, rs, ROLE_AUTHOR);
	check_names(c, r, rs, ROLE_EDITOR);
	/* (a biblatex @set, a set of entries, has no title) */
	if (roles_has(rs, ROLE_TITLE) && title->len == 0 &&
	    !fold_contains(note->s, note->len, "empty in the source", 19) &&
	    !(type->len == 3 && memcmp(type->s, "set", 3) == 0))
		found(c, r->line, "empty title");
	if (!roles_has(rs, ROLE_ID) || id->len == 0)
		return;
	e = strmap_get(&ids->index, id->s, id->len, &added);
	if (!added) {
		found(c, r->line, "duplicate id '%.*s' (first on line %lu)",
		    (int)id->len, id->s, ids->v[e->value].line);
		return;
	}
	e->value = ids->index.n - 1;
	if (ids->index.n > ids->cap) {
		ids->cap = ids->cap ? ids->cap * 2 : 64;
		ids->v = xreallocarray(ids->v, ids->cap, sizeof *ids->v);
	}
	ids->v[e->value].line = r->line;
	ids->v[e->value].cites = NULL;
	if (kind->len == 4 && memcmp(kind->s, "fact", 4) == 0) {
		const struct field *cites = role_value(rs, r, ROLE_CITES);

		ids->v[e->value].cites = xstrndup(cites->s, cites->len);
	}
}

/* Facts citing ids that are not in the file. */
static void
check_cites(struct checker *c, const struct ids *ids)
{
	size_t i;

	for (i = 0; i < ids->index.n; i++) {
		const char *cites = ids->v[i].cites;
		struct list l;
		struct field it;

		if (cites == NULL)
			continue;
		list_field(&l, cites, strlen(cites), ";");
		while (list_next(&l, &it))
			if (strmap_find(&ids->index, it.s, it.len) == NULL)
				found(c, ids->v[i].line, "%s cites %.*s, which "
				    "is not an id here", ids->index.v[i].key,
				    (int)it.len, it.s);
	}
}

/* ---- a .bib: what its entries lack, beside what its rows show ---- */

/* Findings about entries, told in order of line among the rows' own. */
struct pending {
	struct {
		unsigned long line;
		char *msg;
	} *v;
	size_t n, cap, next;
};

static void
add_pending(void *arg, unsigned long line, const char *msg)
{
	struct pending *p = arg;

	if (p->n == p->cap) {
		p->cap = p->cap ? p->cap * 2 : 16;
		p->v = xreallocarray(p->v, p->cap, sizeof *p->v);
	}
	p->v[p->n].line = line;
	p->v[p->n].msg = xstrdup(msg);
	p->n++;
}

/* Tells the pending findings up to line. */
static void
flush_pending(struct checker *c, struct pending *p, unsigned long line)
{
	for (; p->next < p->n && p->v[p->next].line <= line; p->next++)
		found(c, p->v[p->next].line, "%s", p->v[p->next].msg);
}

/* What the entries of a BibTeX or BibLaTeX input say (in_bibtex_check),
 * from its bytes as input_open_seen() shows them: named or standard
 * input alike. */
struct bib_seen {
	const char *name;
	struct pending *p;
};

static void
check_bib_entries(void *arg, const char *bytes, size_t len,
    enum in_format f)
{
	struct bib_seen *b = arg;

	if (f == IN_BIBTEX || f == IN_BIBLATEX)
		in_bibtex_check(bytes, len, b->name, add_pending, b->p);
}

long
check_input(const struct input *in, void (*finding)(void *, const char *,
    unsigned long, const char *), void *arg, struct diag_sink *d)
{
	struct checker c = { input_name(in), finding, arg, 0 };
	struct pending pend = { NULL, 0, 0, 0 };
	struct bib_seen seen = { input_name(in), &pend };
	struct csvr *r;
	struct record row;
	struct schema s;
	struct roles rs;
	struct ids ids;
	size_t ncols, i;
	enum csvr_status st;

	if ((r = input_open_seen(in, 0, d, check_bib_entries, &seen)) ==
	    NULL) {
		c.n = 0;
		goto done;
	}
	schema_init(&s);
	strmap_init(&ids.index);
	ids.v = NULL;
	ids.cap = 0;
	if ((st = csvr_next(r, &row)) == CSVR_ROW) {
		for (i = 0; i < row.n; i++)
			schema_add(&s, row.f[i].s, row.f[i].len);
		if (row.n == 1)
			check_delimiter(&c, &row, csvr_delim(r));
		roles_bind(&rs, &s);
		ncols = s.n;
		while ((st = csvr_next(r, &row)) == CSVR_ROW) {
			if (row.n != ncols) {
				found(&c, row.line, "row has %zu fields, the "
				    "header has %zu", row.n, ncols);
				if (row.n > ncols)
					continue;
			}
			{
				struct field *f = xcalloc(ncols, sizeof *f);
				struct record full = row;

				for (i = 0; i < ncols; i++)
					f[i] = i < row.n ? row.f[i] :
					    (struct field){ "", 0 };
				full.n = ncols;
				full.f = f;
				flush_pending(&c, &pend, row.line);
				check_row(&c, &full, &s, &rs, &ids);
				free(f);
			}
		}
		check_cites(&c, &ids);
	}
	flush_pending(&c, &pend, (unsigned long)-1);
	if (st == CSVR_ERROR)
		diag_error(d, c.file, csvr_error_line(r), "%s", csvr_error(r));
	for (i = 0; i < ids.index.n; i++)
		free(ids.v[i].cites);
	free(ids.v);
	strmap_free(&ids.index);
	schema_free(&s);
	csvr_close(r);
done:
	for (i = 0; i < pend.n; i++)
		free(pend.v[i].msg);
	free(pend.v);
	return c.n;
}
