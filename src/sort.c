#include "sort.h"

#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bigalloc.h"
#include "date.h"
#include "display.h"
#include "fold.h"
#include "list.h"
#include "roles.h"
#include "xalloc.h"

struct key {
	struct interval iv;	/* date columns */
	int dated;
	char *text;		/* other columns: folded */
	size_t len;
};

struct item {
	long rank;		/* the first key as a number, where it is one */
	size_t idx;
	struct key *keys;
};

int
sort_parse(const char *list, const struct schema *s, struct sort_key **keys,
    size_t *nkeys, char *err, size_t errlen)
{
	struct sort_key *k = NULL;
	struct list l;
	struct field it;
	size_t n = 0, len;
	const char *p;
	char name[256];
	long col;

	list_option(&l, list);
	while (list_next(&l, &it)) {
		int desc = 0;

		p = it.s;
		len = it.len;
		if (len > 0 && *p == '-') {
			desc = 1;
			p++;
			len--;
		} else if (len > 0 && *p == '+') {
			p++;
			len--;
		}
		if (len == 0 || len >= sizeof name) {
			snprintf(err, errlen, "bad column list '%s'", list);
			free(k);
			return -1;
		}
		memcpy(name, p, len);
		name[len] = '\0';
		if ((col = schema_resolve(s, name)) < 0) {
			snprintf(err, errlen, "no column '%s'", name);
			free(k);
			return -1;
		}
		k = xreallocarray(k, n + 1, sizeof *k);
		k[n].col = (size_t)col;
		k[n].desc = desc;
		k[n].date = roles_column_is_date(s, (size_t)col);
		n++;
	}
	*keys = k;
	*nkeys = n;
	return 0;
}

/* One key of two rows, ascending (the caller turns it for "-"). */
static int
key_cmp(const struct sort_key *k, const struct key *x, const struct key *y)
{
	if (k->date) {
		if (x->dated != y->dated)
			return x->dated ? -1 : 1;
		if (!x->dated)
			return 0;
		return x->iv.lo != y->iv.lo ? (x->iv.lo < y->iv.lo ? -1 : 1) :
		    x->iv.hi != y->iv.hi ? (x->iv.hi < y->iv.hi ? -1 : 1) : 0;
	}
	return natural_cmp(x->text, x->len, y->text, y->len);
}

static int
compare(const struct item *a, const struct item *b, const struct sort_key *k,
    size_t nk)
{
	size_t i;
	int c;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	for (i = 0; i < nk; i++) {
		const struct key *x = &a->keys[i], *y = &b->keys[i];

		if (k[i].date && x->dated != y->dated)
			return x->dated ? -1 : 1;	/* undated last */
		if ((c = key_cmp(&k[i], x, y)) != 0)
			return k[i].desc ? -c : c;
	}
	return 0;
}

/* A merge sort: stable, with the keys as context (C11 has no qsort_r). */
static void
merge_sort(struct item *v, struct item *tmp, size_t n,
    const struct sort_key *k, size_t nk)
{
	size_t mid = n / 2, i = 0, j, o = 0;

	if (n < 2)
		return;
	merge_sort(v, tmp, mid, k, nk);
	merge_sort(v + mid, tmp, n - mid, k, nk);
	for (j = mid; i < mid && j < n;)
		tmp[o++] = compare(&v[j], &v[i], k, nk) < 0 ? v[j++] : v[i++];
	while (i < mid)
		tmp[o++] = v[i++];
	while (j < n)
		tmp[o++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
}

struct sorter {
	const struct sort_key *k;
	size_t nk;
	struct key *keys;	/* nk per row */
	size_t n, cap;
	size_t *order, norder;
	size_t bytes;		/* what the rows added take, roughly */
};

/* A number whose order is the first key's order where that is a date, so
 * that most comparisons need not look further: dated rows by their start
 * (negated when descending), undated ones last. Equal ranks compare in
 * full. Text keys all rank 0. */
static long
rank(const struct sort_key *k, const struct key *key)
{
	long lo;

	if (!k->date)
		return 0;
	if (!key->dated)
		return LONG_MAX;
	lo = key->iv.lo;
	if (lo < -LONG_MAX / 2)
		lo = -LONG_MAX / 2;
	if (lo > LONG_MAX / 2)
		lo = LONG_MAX / 2;
	return k->desc ? -lo : lo;
}

/* Rank as an unsigned number in the same order (the sign bit turned), for
 * the radix sort. */
static unsigned long
urank(long r)
{
	return (unsigned long)r ^ (1UL << (sizeof r * CHAR_BIT - 1));
}

/* A stable LSD radix sort of v by rank, a byte at a time; bytes in which
 * all ranks agree (the high ones of day numbers) cost one counting pass. */
static void
radix_rank(struct item *v, struct item *tmp, size_t n)
{
	struct item *from = v, *to = tmp, *t;
	size_t count[256], i, b, at;
	unsigned shift;

	for (shift = 0; shift < sizeof(long) * CHAR_BIT; shift += 8) {
		memset(count, 0, sizeof count);
		for (i = 0; i < n; i++)
			count[(urank(from[i].rank) >> shift) & 0xff]++;
		for (b = 0; b < 256 && count[b] != n; b++)
			;
		if (b < 256)		/* one value: nothing to move */
			continue;
		for (b = 0, at = 0; b < 256; b++) {
			size_t c = count[b];

			count[b] = at;
			at += c;
		}
		for (i = 0; i < n; i++)
			to[count[(urank(from[i].rank) >> shift) & 0xff]++] =
			    from[i];
		t = from;
		from = to;
		to = t;
	}
	if (from != v)
		memcpy(v, from, n * sizeof *v);
}

/* Dates are day numbers: rows go in order of their first key's rank in
 * linear time, keeping the order of equal ones, by a counting sort where
 * the ranks fall in a narrow range and a radix sort where they do not;
 * only runs of equal rank are then merge-sorted by all the keys. */
static void
by_rank(struct item *v, struct item *tmp, size_t n, const struct sort_key *k,
    size_t nk)
{
	size_t *count, i, b, nb, at, run;
	long lo = LONG_MAX, hi = LONG_MIN;

	for (i = 0; i < n; i++)
		if (v[i].rank != LONG_MAX) {
			if (v[i].rank < lo)
				lo = v[i].rank;
			if (v[i].rank > hi)
				hi = v[i].rank;
		}
	if (lo > hi)
		lo = hi = 0;		/* all undated */
	if ((unsigned long)(hi - lo) > 4 * (unsigned long)n + 1024) {
		radix_rank(v, tmp, n);
	} else {
		nb = (size_t)(hi - lo) + 2;	/* the last bucket: undated */
		count = xcalloc(nb + 1, sizeof *count);
		for (i = 0; i < n; i++)
			count[v[i].rank == LONG_MAX ? nb - 1 :
			    (size_t)(v[i].rank - lo)]++;
		for (b = 0, at = 0; b < nb; b++) {
			size_t c = count[b];

			count[b] = at;
			at += c;
		}
		for (i = 0; i < n; i++)
			tmp[count[v[i].rank == LONG_MAX ? nb - 1 :
			    (size_t)(v[i].rank - lo)]++] = v[i];
		free(count);
		memcpy(v, tmp, n * sizeof *v);
	}
	for (i = 0; i < n; i += run) {
		int sorted = 1;

		for (run = 1; i + run < n && v[i + run].rank == v[i].rank; run++)
			if (sorted && compare(&v[i + run - 1], &v[i + run], k,
			    nk) > 0)
				sorted = 0;
		if (!sorted)		/* most runs are: one day, one key */
			merge_sort(v + i, tmp, run, k, nk);
	}
}

struct sorter *
sorter_new(const struct sort_key *k, size_t nk)
{
	struct sorter *s = xcalloc(1, sizeof *s);

	s->k = k;
	s->nk = nk;
	return s;
}

void
sorter_add(struct sorter *s, const struct record *r, struct diag_sink *d)
{
	struct key *keys;
	size_t j;

	if (s->n == s->cap) {
		size_t was = s->cap;

		s->cap = s->cap ? s->cap * 2 : 1024;
		if (s->cap > SIZE_MAX / sizeof *s->keys / (s->nk + 1))
			xalloc_fail();
		s->keys = big_realloc(s->keys,
		    (was * s->nk + 1) * sizeof *s->keys,
		    (s->cap * s->nk + 1) * sizeof *s->keys);
	}
	keys = s->keys + s->n++ * s->nk;
	memset(keys, 0, s->nk * sizeof *keys);
	for (j = 0; r != NULL && j < s->nk; j++) {
		const struct field *f = &r->f[s->k[j].col];
		struct key *key = &keys[j];
		const char *why;
		int undated;

		if (!s->k[j].date) {
			key->text = fold_dup(f->s, f->len, &key->len);
			s->bytes += key->len + 16;	/* malloc's own */
		} else if (f->len > 0) {
			why = date_parse_text(f->s, f->len, &key->iv, &undated);
			key->dated = why == NULL && !undated;
			if (why != NULL)
				diag_tally(d, r->file, r->line,
				    DIAG_BAD_DATE, f->s, f->len);
		}
	}
	for (; j < s->nk; j++)		/* a row that could not be read */
		keys[j].text = fold_dup("", 0, &keys[j].len);
	/* its keys, and its items and place in sorter_order() */
	s->bytes += s->nk * sizeof *keys + 2 * sizeof(struct item) +
	    sizeof(size_t);
}

size_t
sorter_bytes(const struct sorter *s)
{
	return s->bytes;
}

/* ---- keys in a flat form, for runs kept in files ----
 * The first key's rank, then each key: a date as its flag and interval,
 * text as its length and folded bytes; numbers in this machine's order
 * (the file never outlives the process). */
static void
put(struct buf *b, const void *p, size_t n)
{
	buf_add(b, (const char *)p, n);
}

void
sorter_flat(const struct sorter *s, size_t i, struct buf *b)
{
	const struct key *keys = s->keys + i * s->nk;
	long r = s->nk ? rank(&s->k[0], &keys[0]) : 0;
	size_t j;

	put(b, &r, sizeof r);
	for (j = 0; j < s->nk; j++) {
		const struct key *key = &keys[j];

		if (s->k[j].date) {
			unsigned char dated = (unsigned char)key->dated;

			put(b, &dated, 1);
			put(b, &key->iv.lo, sizeof key->iv.lo);
			put(b, &key->iv.hi, sizeof key->iv.hi);
		} else {
			put(b, &key->len, sizeof key->len);
			put(b, key->text, key->len);
		}
	}
}

/* Key j of flat keys at *p into key (text pointing into them); moves *p
 * past it. */
static void
unflat(const struct sort_key *k, const char **p, struct key *key)
{
	if (k->date) {
		key->dated = **p != 0;
		memcpy(&key->iv.lo, *p + 1, sizeof key->iv.lo);
		memcpy(&key->iv.hi, *p + 1 + sizeof key->iv.lo,
		    sizeof key->iv.hi);
		*p += 1 + sizeof key->iv.lo + sizeof key->iv.hi;
	} else {
		memcpy(&key->len, *p, sizeof key->len);
		key->text = (char *)(uintptr_t)(*p + sizeof key->len);
		*p += sizeof key->len + key->len;
	}
}

int
sort_cmp_flat(const struct sort_key *k, size_t nk, const char *a,
    const char *b)
{
	struct key x, y;
	long ra, rb;
	size_t i;
	int c;

	memcpy(&ra, a, sizeof ra);
	memcpy(&rb, b, sizeof rb);
	if (ra != rb)
		return ra < rb ? -1 : 1;
	a += sizeof ra;
	b += sizeof rb;
	for (i = 0; i < nk; i++) {
		unflat(&k[i], &a, &x);
		unflat(&k[i], &b, &y);
		if (k[i].date && x.dated != y.dated)
			return x.dated ? -1 : 1;	/* undated last */
		if ((c = key_cmp(&k[i], &x, &y)) != 0)
			return k[i].desc ? -c : c;
	}
	return 0;
}

const size_t *
sorter_order(struct sorter *s, size_t *n)
{
	struct item *v, *tmp;
	size_t i;

	big_free(s->order, s->norder * sizeof *s->order);
	s->norder = s->n + 1;
	s->order = big_alloc(s->norder * sizeof *s->order);
	v = big_alloc((s->n + 1) * sizeof *v);
	tmp = big_alloc((s->n + 1) * sizeof *tmp);
	for (i = 0; i < s->n; i++) {
		v[i].idx = i;
		v[i].keys = s->keys + i * s->nk;
		v[i].rank = s->nk ? rank(&s->k[0], &v[i].keys[0]) : 0;
	}
	if (s->nk && s->k[0].date)
		by_rank(v, tmp, s->n, s->k, s->nk);
	else
		merge_sort(v, tmp, s->n, s->k, s->nk);
	for (i = 0; i < s->n; i++)
		s->order[i] = v[i].idx;
	big_free(tmp, (s->n + 1) * sizeof *tmp);
	big_free(v, (s->n + 1) * sizeof *v);
	*n = s->n;
	return s->order;
}

void
sorter_free(struct sorter *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->n * s->nk; i++)
		free(s->keys[i].text);
	big_free(s->keys, (s->cap * s->nk + 1) * sizeof *s->keys);
	big_free(s->order, s->norder * sizeof *s->order);
	free(s);
}

void
sort_index(size_t *idx, size_t n, const struct sort_key *k, size_t nk,
    const struct record *(*get)(void *, size_t), void *arg,
    struct diag_sink *d)
{
	struct sorter *s;
	const size_t *order;
	size_t *was, i;

	if (n < 2 || nk == 0)
		return;
	s = sorter_new(k, nk);
	for (i = 0; i < n; i++)
		sorter_add(s, get(arg, idx[i]), d);
	order = sorter_order(s, &n);
	was = xcalloc(n, sizeof *was);
	memcpy(was, idx, n * sizeof *idx);
	for (i = 0; i < n; i++)
		idx[i] = was[order[i]];
	free(was);
	sorter_free(s);
}

static const struct record *
row_at(void *arg, size_t i)
{
	return ((struct record **)arg)[i];
}

void
sort_rows(struct record **rows, size_t n, const struct sort_key *k, size_t nk,
    struct diag_sink *d)
{
	struct record **copy;
	size_t *idx, i;

	if (n < 2 || nk == 0)
		return;
	idx = xcalloc(n, sizeof *idx);
	copy = xcalloc(n, sizeof *copy);
	for (i = 0; i < n; i++)
		idx[i] = i;
	memcpy(copy, rows, n * sizeof *rows);
	sort_index(idx, n, k, nk, row_at, copy, d);
	for (i = 0; i < n; i++)
		rows[i] = copy[idx[i]];
	free(copy);
	free(idx);
}
