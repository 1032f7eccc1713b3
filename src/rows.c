#include "rows.h"

#include <stdint.h>
#include <stdlib.h>

#include "bigalloc.h"
#include "xalloc.h"

struct rowlist {
	struct cursor *cursor;	/* lazy: refs into its inputs */
	struct rowref *refs;
	size_t n, cap;
	int complete;
	struct record row;	/* the row rowlist_get() returned last */

	const struct rowset *mem;	/* in memory */
	const struct schema *schema;
};

struct rowlist *
rowlist_lazy(struct cursor *c)
{
	struct rowlist *l = xcalloc(1, sizeof *l);

	l->cursor = c;
	/* Loading keeps only references: the fast path need not copy out
	 * any column the filter does not read. */
	cursor_want(c, NULL, 0);
	return l;
}

struct rowlist *
rowlist_mem(const struct rowset *rs, const struct schema *s)
{
	struct rowlist *l = xcalloc(1, sizeof *l);

	l->mem = rs;
	l->schema = s;
	l->n = rs->n;
	l->complete = 1;
	return l;
}

void
rowlist_free(struct rowlist *l)
{
	if (l == NULL)
		return;
	big_free(l->refs, l->cap * sizeof *l->refs);
	free(l);
}

const struct schema *
rowlist_schema(const struct rowlist *l)
{
	return l->cursor ? cursor_schema(l->cursor) : l->schema;
}

size_t
rowlist_count(const struct rowlist *l)
{
	return l->n;
}

int
rowlist_complete(const struct rowlist *l)
{
	return l->complete;
}

double
rowlist_done(const struct rowlist *l)
{
	struct decoder *d;
	uint64_t total = 0, before = 0, size;
	size_t i, last;

	if (l->cursor == NULL)
		return -1;
	if (l->complete)
		return 1;
	d = cursor_decoder(l->cursor);
	last = l->n > 0 ? l->refs[l->n - 1].input : 0;
	for (i = 0; i < decoder_ninputs(d); i++) {
		if (decoder_reader(d, i) == NULL)
			continue;
		if ((size = csvr_size(decoder_reader(d, i))) == 0)
			return -1;
		if (i < last)
			before += size;
		total += size;
	}
	if (l->n > 0)
		before += l->refs[l->n - 1].span.offset +
		    l->refs[l->n - 1].span.len;
	return total > 0 && before <= total ? (double)before / (double)total :
	    -1;
}

size_t
rowlist_load(struct rowlist *l, size_t max)
{
	struct record row;
	size_t got = 0;
	int r;

	while (!l->complete && got < max) {
		if (l->n == l->cap) {
			/* Mapped memory that grows in place, in huge pages:
			 * a million references are 32 MB, and in 4 KB pages
			 * their page faults took a fifth of G's time. */
			size_t cap = l->cap ? l->cap * 2 : 1024;

			if (cap > SIZE_MAX / sizeof *l->refs)
				xalloc_fail();
			l->refs = big_realloc(l->refs, l->cap * sizeof *l->refs,
			    cap * sizeof *l->refs);
			l->cap = cap;
		}
		if ((r = cursor_next(l->cursor, &row, &l->refs[l->n])) < 0)
			break;		/* nothing to read now */
		if (r == 0) {
			l->complete = 1;
			break;
		}
		l->n++;
		got++;
	}
	return got;
}

void
rowlist_nowait(struct rowlist *l)
{
	if (l->cursor != NULL)
		cursor_nowait(l->cursor);
}

void
rowlist_load_all(struct rowlist *l)
{
	while (!l->complete)
		rowlist_load(l, 65536);
}

const struct record *
rowlist_get(struct rowlist *l, size_t i)
{
	if (i >= l->n)
		return NULL;
	if (l->cursor == NULL)
		return l->mem->v[i];
	if (cursor_fetch(l->cursor, &l->refs[i], &l->row) != 0)
		return NULL;
	return &l->row;
}
