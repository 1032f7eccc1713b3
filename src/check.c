#include "check.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvread.h"
#include "date.h"
#include "fold.h"
#include "lang.h"
#include "roles.h"
#include "xalloc.h"

extern const unsigned char citeq_builtin_csv[];
extern const size_t citeq_builtin_csv_len;

struct seen {
	char *id;
	char *cites;		/* facts only */
	unsigned long line;
};

/* The ids seen, in order, with a hash index (open addressing: slot holds
 * an index + 1, 0 when empty), so that a file of a million rows is
 * checked in linear time. */
struct ids {
	struct seen *v;
	size_t n, cap;
	size_t *slot;
	size_t nslot;		/* a power of two */
};

static size_t
id_hash(const char *s, size_t len)
{
	size_t h = 2166136261u, i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

/* The slot of id s, or of the empty slot where it would go. */
static size_t *
id_slot(const struct ids *ids, const char *s, size_t len)
{
	size_t i = id_hash(s, len) & (ids->nslot - 1), k;

	while ((k = ids->slot[i]) != 0 && (strlen(ids->v[k - 1].id) != len ||
	    memcmp(ids->v[k - 1].id, s, len) != 0))
		i = (i + 1) & (ids->nslot - 1);
	return &ids->slot[i];
}

/* The entry of an id, or NULL. */
static const struct seen *
id_find(const struct ids *ids, const char *s, size_t len)
{
	size_t k = ids->nslot ? *id_slot(ids, s, len) : 0;

	return k ? &ids->v[k - 1] : NULL;
}

/* Adds an id not yet there; returns its entry. */
static struct seen *
id_add(struct ids *ids, const char *s, size_t len, unsigned long line)
{
	size_t i;

	if (ids->n == ids->cap) {
		ids->cap = ids->cap ? ids->cap * 2 : 64;
		ids->v = xreallocarray(ids->v, ids->cap, sizeof *ids->v);
	}
	if ((ids->n + 1) * 2 > ids->nslot) {
		ids->nslot = ids->nslot ? ids->nslot * 2 : 128;
		free(ids->slot);
		ids->slot = xcalloc(ids->nslot, sizeof *ids->slot);
		for (i = 0; i < ids->n; i++)
			*id_slot(ids, ids->v[i].id, strlen(ids->v[i].id)) =
			    i + 1;
	}
	ids->v[ids->n].id = xstrndup(s, len);
	ids->v[ids->n].line = line;
	ids->v[ids->n].cites = NULL;
	*id_slot(ids, s, len) = ++ids->n;
	return &ids->v[ids->n - 1];
}

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
	const char *p = f->s, *end = f->s + f->len, *q;

	for (; p < end; p = q + 1) {
		for (q = p; q < end && *q != ';' && *q != ','; q++)
			;
		while (p < q && *p == ' ')
			p++;
		if (q > p && lang_code(p, (size_t)(q - p)) == NULL)
			found(c, r->line, "unknown language '%.*s'",
			    (int)(q - p > 32 ? 32 : q - p), p);
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
	const struct seen *first;
	struct seen *e;
	struct interval pub, acc, arc;
	int has_pub, has_acc, has_arc;
	char day[2][16];

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
	if (roles_has(rs, ROLE_TITLE) && title->len == 0 &&
	    !fold_contains(note->s, note->len, "empty in the source", 19))
		found(c, r->line, "empty title");
	if (!roles_has(rs, ROLE_ID) || id->len == 0)
		return;
	if ((first = id_find(ids, id->s, id->len)) != NULL) {
		found(c, r->line, "duplicate id '%.*s' (first on line %lu)",
		    (int)id->len, id->s, first->line);
		return;
	}
	e = id_add(ids, id->s, id->len, r->line);
	if (kind->len == 4 && memcmp(kind->s, "fact", 4) == 0) {
		const struct field *cites = role_value(rs, r, ROLE_CITES);

		e->cites = xstrndup(cites->s, cites->len);
	}
}

/* Facts citing ids that are not in the file. */
static void
check_cites(struct checker *c, const struct ids *ids)
{
	const struct seen *seen = ids->v;
	size_t i;

	for (i = 0; i < ids->n; i++) {
		char *p = seen[i].cites, *q;

		for (; p != NULL && *p; p = *q ? q + 1 : q) {
			for (q = p; *q && *q != ';'; q++)
				;
			while (p < q && *p == ' ')
				p++;
			if (q == p)
				continue;
			if (id_find(ids, p, (size_t)(q - p)) == NULL)
				found(c, seen[i].line, "%s cites %.*s, which is "
				    "not an id here", seen[i].id, (int)(q - p),
				    p);
		}
	}
}

long
check_input(const struct input *in, void (*finding)(void *, const char *,
    unsigned long, const char *), void *arg, struct diag_sink *d)
{
	struct checker c = { input_name(in), finding, arg, 0 };
	struct csvr *r;
	struct record row;
	struct schema s;
	struct roles rs;
	struct ids ids = { NULL, 0, 0, NULL, 0 };
	size_t ncols, i;
	enum csvr_status st;
	int fd;

	if (in->path == NULL) {
		r = csvr_open_mem(citeq_builtin_csv, citeq_builtin_csv_len,
		    c.file);
	} else if (strcmp(in->path, "-") == 0) {
		r = csvr_open_fd(STDIN_FILENO, c.file, 0);
	} else if ((fd = open(in->path, O_RDONLY)) < 0) {
		diag_error(d, c.file, 0, "%s", strerror(errno));
		return 0;
	} else {
		r = csvr_open_fd(fd, c.file, 1);
	}
	schema_init(&s);
	if ((st = csvr_next(r, &row)) == CSVR_ROW) {
		for (i = 0; i < row.n; i++)
			schema_add(&s, row.f[i].s, row.f[i].len);
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
				check_row(&c, &full, &s, &rs, &ids);
				free(f);
			}
		}
		check_cites(&c, &ids);
	}
	if (st == CSVR_ERROR)
		diag_error(d, c.file, csvr_error_line(r), "%s", csvr_error(r));
	for (i = 0; i < ids.n; i++) {
		free(ids.v[i].id);
		free(ids.v[i].cites);
	}
	free(ids.v);
	free(ids.slot);
	schema_free(&s);
	csvr_close(r);
	return c.n;
}
