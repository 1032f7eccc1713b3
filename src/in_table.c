#include "in_table.h"

#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "strmap.h"
#include "xalloc.h"

/* The roles' columns come first, in this order, when a row has them. */
static const char *const first_columns[] = {
	"id", "type", "author", "editor", "title", "source", "date", "lang",
	"url", "access_date", "doi", "isbn", "issn", "volume", "issue",
	"pages", "place", "publisher", "series", "edition", "note",
	"abstract", "keywords", "pmid",
};
#define NFIRST (sizeof first_columns / sizeof first_columns[0])

struct row {
	unsigned long line;
	char **v;		/* per column; NULL: empty */
	size_t nv;
};

struct in_table {
	struct strmap cols;	/* name -> column */
	unsigned char *used;	/* per column: some row has a value */
	size_t nused;
	struct row *rows;
	size_t n, cap;
};

struct in_table *
in_table_new(void)
{
	struct in_table *t = xcalloc(1, sizeof *t);
	size_t i;
	int added;

	strmap_init(&t->cols);
	for (i = 0; i < NFIRST; i++)
		strmap_get(&t->cols, first_columns[i],
		    strlen(first_columns[i]), &added)->value = i;
	return t;
}

static void
row_free(struct row *r)
{
	size_t i;

	for (i = 0; i < r->nv; i++)
		free(r->v[i]);
	free(r->v);
}

void
in_table_free(struct in_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->n; i++)
		row_free(&t->rows[i]);
	free(t->rows);
	free(t->used);
	strmap_free(&t->cols);
	free(t);
}

void
in_table_row(struct in_table *t, unsigned long line)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->rows = xreallocarray(t->rows, t->cap, sizeof *t->rows);
	}
	memset(&t->rows[t->n], 0, sizeof t->rows[t->n]);
	t->rows[t->n].line = line;
	t->n++;
}

void
in_table_drop(struct in_table *t)
{
	if (t->n > 0)
		row_free(&t->rows[--t->n]);
}

size_t
in_table_rows(const struct in_table *t)
{
	return t->n;
}

void
in_table_set(struct in_table *t, const char *name, const char *value,
    size_t len)
{
	if (t->n == 0 || len == 0)
		return;
	in_table_put(t, name, xstrndup(value, len));
}

void
in_table_put(struct in_table *t, const char *name, char *v)
{
	struct strmap_entry *e;
	struct row *r;
	size_t col, i;
	int added;

	if (t->n == 0 || *v == '\0') {
		free(v);
		return;
	}
	r = &t->rows[t->n - 1];
	e = strmap_get(&t->cols, name, strlen(name), &added);
	if (added)
		e->value = t->cols.n - 1;
	col = (size_t)e->value;
	if (col >= r->nv) {
		r->v = xreallocarray(r->v, col + 1, sizeof *r->v);
		memset(r->v + r->nv, 0, (col + 1 - r->nv) * sizeof *r->v);
		r->nv = col + 1;
	}
	if (col >= t->nused) {
		t->used = xrealloc(t->used, t->cols.n);
		memset(t->used + t->nused, 0, t->cols.n - t->nused);
		t->nused = t->cols.n;
	}
	t->used[col] = 1;
	for (i = 0; v[i] != '\0'; i++)
		if (v[i] == '\n' || v[i] == '\r')
			v[i] = ' ';
	free(r->v[col]);
	r->v[col] = v;
}

const char *
in_table_get(const struct in_table *t, const char *name)
{
	const struct strmap_entry *e;
	const struct row *r;

	if (t->n == 0 ||
	    (e = strmap_find(&t->cols, name, strlen(name))) == NULL)
		return NULL;
	r = &t->rows[t->n - 1];
	return (size_t)e->value < r->nv ? r->v[e->value] : NULL;
}

static void
put_field(struct buf *b, const char *s)
{
	const char *q;

	if (strpbrk(s, ",\"") == NULL && s[0] != ' ' &&
	    (s[0] == '\0' || s[strlen(s) - 1] != ' ')) {
		buf_adds(b, s);
		return;
	}
	buf_addc(b, '"');
	for (q = strchr(s, '"'); q != NULL; q = strchr(s, '"')) {
		buf_add(b, s, (size_t)(q + 1 - s));	/* a quote doubled */
		buf_addc(b, '"');
		s = q + 1;
	}
	buf_adds(b, s);
	buf_addc(b, '"');
}

char *
in_table_csv(struct in_table *t, size_t *len)
{
	struct buf b = { NULL, 0, 0 };
	unsigned long next;
	size_t c, i, k, nc = 0, *order, size;

	/* The columns that some row has, "id" always. */
	order = xreallocarray(NULL, t->cols.n + 1, sizeof *order);
	for (c = 0; c < t->cols.n; c++)
		if (c == 0 || (c < t->nused && t->used[c]))
			order[nc++] = c;
	/* The CSV's size at most (every quote doubled, every field quoted),
	 * taken at once: what is not written is never touched */
	size = 1;
	for (i = 0; i < nc; i++)
		size += 2 * t->cols.v[order[i]].len + 3;
	next = 2;
	for (i = 0; i < t->n; i++) {
		if (t->rows[i].line > next)
			size += t->rows[i].line - next;
		next = t->rows[i].line > next ? t->rows[i].line + 1 : next + 1;
		size += nc + 3;
		for (k = 0; k < t->rows[i].nv; k++)
			if (t->rows[i].v[k] != NULL)
				size += 2 * strlen(t->rows[i].v[k]) + 2;
	}
	b.s = xmalloc(size);
	b.cap = size;
	for (i = 0; i < nc; i++) {
		if (i > 0)
			buf_addc(&b, ',');
		put_field(&b, t->cols.v[order[i]].key);
	}
	buf_addc(&b, '\n');
	next = 2;
	for (i = 0; i < t->n; i++) {
		struct row *r = &t->rows[i];

		for (; next < r->line; next++)
			buf_addc(&b, '\n');
		for (k = 0; k < nc; k++) {
			if (k > 0)
				buf_addc(&b, ',');
			if (order[k] < r->nv && r->v[order[k]] != NULL)
				put_field(&b, r->v[order[k]]);
		}
		/* A record of empty fields alone would be a blank line. */
		if (nc == 1 && (r->nv == 0 || r->v[0] == NULL))
			buf_adds(&b, "\"\"");
		buf_addc(&b, '\n');
		next++;
		row_free(r);
	}
	t->n = 0;
	free(order);
	*len = b.len;
	return b.s;
}
