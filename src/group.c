#include "group.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "date.h"
#include "fold.h"
#include "xalloc.h"

struct entry {
	char *value;		/* NULL: empty slot */
	size_t len;
	unsigned long long count;
};

struct group {
	size_t col;
	int by_year;
	struct entry *slots;	/* open addressing, power-of-two size */
	size_t cap, n;
};

static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;	/* FNV-1a */
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

struct group *
group_new(size_t col, int by_year)
{
	struct group *g = xcalloc(1, sizeof *g);

	g->col = col;
	g->by_year = by_year;
	g->cap = 64;
	g->slots = xcalloc(g->cap, sizeof *g->slots);
	return g;
}

static struct entry *
slot(struct entry *slots, size_t cap, const char *s, size_t n)
{
	size_t i = (size_t)hash(s, n) & (cap - 1);

	while (slots[i].value != NULL && (slots[i].len != n ||
	    memcmp(slots[i].value, s, n) != 0))
		i = (i + 1) & (cap - 1);
	return &slots[i];
}

static void
grow(struct group *g)
{
	struct entry *old = g->slots, *e;
	size_t i, oldcap = g->cap;

	g->cap *= 2;
	g->slots = xcalloc(g->cap, sizeof *g->slots);
	for (i = 0; i < oldcap; i++)
		if (old[i].value != NULL) {
			e = slot(g->slots, g->cap, old[i].value, old[i].len);
			*e = old[i];
		}
	free(old);
}

static void
count(struct group *g, const char *s, size_t n)
{
	struct entry *e;

	if ((g->n + 1) * 2 > g->cap)
		grow(g);
	e = slot(g->slots, g->cap, s, n);
	if (e->value == NULL) {
		e->value = xstrndup(s, n);
		e->len = n;
		g->n++;
	}
	e->count++;
}

void
group_add(struct group *g, const struct record *r, struct diag_sink *d)
{
	const struct field *f = &r->f[g->col];
	struct interval iv;
	const char *why;
	char year[16];
	int y, m, day, undated;

	if (!g->by_year || f->len == 0) {
		count(g, f->s, f->len);
		return;
	}
	if ((why = date_parse_text(f->s, f->len, &iv, &undated)) != NULL) {
		diag_error(d, r->file, r->line, "bad date '%.*s': %s",
		    (int)(f->len > 64 ? 64 : f->len), f->s, why);
		return;
	}
	if (undated) {
		count(g, "", 0);
		return;
	}
	date_civil(iv.lo, &y, &m, &day);
	snprintf(year, sizeof year, "%04d", y);
	count(g, year, strlen(year));
}

static int
by_count(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	size_t xl, yl;
	char *xf, *yf;
	int c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	xf = fold_dup(x->value, x->len, &xl);
	yf = fold_dup(y->value, y->len, &yl);
	c = natural_cmp(xf, xl, yf, yl);
	if (c == 0)
		c = natural_cmp(x->value, x->len, y->value, y->len);
	free(xf);
	free(yf);
	return c;
}

void
group_result(struct group *g, const char *name, struct schema *s,
    struct rowset *rows)
{
	struct entry *v = xcalloc(g->n, sizeof *v);
	size_t i, k = 0;
	char num[32];

	for (i = 0; i < g->cap; i++)
		if (g->slots[i].value != NULL)
			v[k++] = g->slots[i];
	qsort(v, k, sizeof *v, by_count);
	schema_add(s, name, strlen(name));
	schema_add(s, "count", 5);
	for (i = 0; i < k; i++) {
		const char *vals[2];

		snprintf(num, sizeof num, "%llu", v[i].count);
		vals[0] = v[i].value;
		vals[1] = num;
		rowset_push(rows, record_make(2, vals));
	}
	free(v);
}

void
group_free(struct group *g)
{
	size_t i;

	if (g == NULL)
		return;
	for (i = 0; i < g->cap; i++)
		free(g->slots[i].value);
	free(g->slots);
	free(g);
}
