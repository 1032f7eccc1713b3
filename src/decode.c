#include "decode.h"

#include <stdlib.h>
#include <string.h>

#include "csvsplit.h"
#include "xalloc.h"

struct source {
	struct csvr *reader;	/* NULL: not open */
	char delim;		/* its delimiter (csvr_delim) */
	size_t ncols;		/* in its header */
	size_t *map;		/* header column -> schema column */
	size_t *want;		/* header columns the fast path reads */
	size_t nwant;
};

/* Values split out of a record, each followed by a NUL. */
struct valbuf {
	char *s;
	size_t len, cap;
};

/* What the fast path splits a record with: one for the record read last,
 * one for decoder_parse(), one for each thread that calls decoder_split(). */
struct splitter {
	struct csvs_cell *cells;
	struct field *fields;	/* schema order */
	struct valbuf vals;
	int own_fields;
	size_t **want;		/* NULL, or for each input the header columns
				   it splits out (splitter_want()) */
	size_t *nwant;
	size_t nsrc;
};

/* A column that falls back on others where it is empty. */
struct fallback {
	size_t col;
	long from[4];
	size_t n;
};

struct decoder {
	struct schema schema;
	struct fallback *fb;
	size_t nfb;
	struct source *src;
	size_t nsrc;
	size_t ncells;		/* the most columns of an input */
	int plain;
	enum csvs_simd simd;	/* for csvs_split_head() */
	struct field *fields;	/* the row read last, schema order */
	struct field *fetched;	/* the row of decoder_parse/fetch */
	struct splitter nexts;	/* into fields */
	struct splitter fetchs;	/* into fetched */
};

/* ---- the schema of several headers ---- */

struct named {
	const char *name;
	size_t col;
	int taken;
};

static int
by_name(const void *a, const void *b)
{
	const struct named *x = a, *y = b;
	int c = strcmp(x->name, y->name);

	return c ? c : x->col < y->col ? -1 : x->col > y->col;
}

static int
name_only(const void *a, const void *b)
{
	return strcmp(((const struct named *)a)->name,
	    ((const struct named *)b)->name);
}

/* Maps each header column to a schema column, adding new names. A name
 * that repeats within a header maps to its next occurrence in the schema.
 * Sorted names keep this O(n log n): a file may have 100,000 columns. */
static size_t *
map_header(struct schema *s, const struct record *h)
{
	size_t *map = xcalloc(h->n + 1, sizeof *map), i, n = s->n;
	struct named *v, key, *hit;

	if (n == 0) {		/* the first file: its columns, in order */
		for (i = 0; i < h->n; i++)
			map[i] = schema_add(s, h->f[i].s, h->f[i].len);
		return map;
	}
	v = xcalloc(n, sizeof *v);
	for (i = 0; i < n; i++) {
		v[i].name = s->names[i];
		v[i].col = i;
	}
	qsort(v, n, sizeof *v, by_name);
	for (i = 0; i < h->n; i++) {
		char *name = xstrndup(h->f[i].s, h->f[i].len);

		key.name = name;
		key.col = 0;
		hit = bsearch(&key, v, n, sizeof *v, name_only);
		/* bsearch finds some entry of that name: go to the first */
		while (hit != NULL && hit > v && strcmp(hit[-1].name, name) == 0)
			hit--;
		while (hit != NULL && hit < v + n && strcmp(hit->name, name) ==
		    0 && hit->taken)
			hit++;
		if (hit != NULL && hit < v + n && strcmp(hit->name, name) == 0) {
			hit->taken = 1;
			map[i] = hit->col;
		} else {
			map[i] = schema_add(s, h->f[i].s, h->f[i].len);
		}
		free(name);
	}
	free(v);
	return map;
}

struct decoder *
decoder_new(size_t n)
{
	struct decoder *d = xcalloc(1, sizeof *d);

	d->nsrc = n;
	d->src = xcalloc(n ? n : 1, sizeof *d->src);
	d->simd = csvs_simd_best();
	schema_init(&d->schema);
	return d;
}

void
decoder_add(struct decoder *d, size_t i, struct csvr *reader,
    const struct record *h)
{
	struct source *src = &d->src[i];

	src->reader = reader;
	src->delim = csvr_delim(reader);
	src->ncols = h->n;
	src->map = map_header(&d->schema, h);
	src->want = xcalloc(h->n + 1, sizeof *src->want);
	if (h->n > d->ncells)
		d->ncells = h->n;
}

void
decoder_ready(struct decoder *d)
{
	d->fields = xcalloc(d->schema.n + 1, sizeof *d->fields);
	d->fetched = xcalloc(d->schema.n + 1, sizeof *d->fetched);
	d->nexts.cells = xcalloc(d->ncells + 1, sizeof *d->nexts.cells);
	d->nexts.fields = d->fields;
	d->fetchs.cells = xcalloc(d->ncells + 1, sizeof *d->fetchs.cells);
	d->fetchs.fields = d->fetched;
}

void
decoder_free(struct decoder *d)
{
	size_t i;

	if (d == NULL)
		return;
	for (i = 0; i < d->nsrc; i++) {
		csvr_close(d->src[i].reader);
		free(d->src[i].map);
		free(d->src[i].want);
	}
	free(d->src);
	free(d->fb);
	free(d->fields);
	free(d->fetched);
	free(d->nexts.cells);
	free(d->nexts.vals.s);
	free(d->fetchs.cells);
	free(d->fetchs.vals.s);
	schema_free(&d->schema);
	free(d);
}

size_t
decoder_ninputs(const struct decoder *d)
{
	return d->nsrc;
}

struct csvr *
decoder_reader(const struct decoder *d, size_t i)
{
	return d->src[i].reader;
}

const struct schema *
decoder_schema(const struct decoder *d)
{
	return &d->schema;
}

void
decoder_plain(struct decoder *d)
{
	d->plain = 1;
}

void
decoder_simd(struct decoder *d, enum csvs_simd simd)
{
	d->simd = simd;
}

int
decoder_fast(const struct decoder *d)
{
	return !d->plain;
}

void
decoder_want(struct decoder *d, const unsigned char *need, int all)
{
	size_t i, j;

	for (i = 0; i < d->nsrc; i++) {
		struct source *src = &d->src[i];

		if (src->reader == NULL)
			continue;
		src->nwant = 0;
		for (j = 0; j < src->ncols; j++)
			if (all || need[src->map[j]])
				src->want[src->nwant++] = j;
	}
}

void
decoder_fallback(struct decoder *d, size_t col, const long *from, size_t n)
{
	struct fallback *f;
	size_t i;

	for (i = 0; i < d->nfb; i++)
		if (d->fb[i].col == col)
			return;		/* once a column */
	d->fb = xreallocarray(d->fb, d->nfb + 1, sizeof *d->fb);
	f = &d->fb[d->nfb++];
	f->col = col;
	f->n = 0;
	for (i = 0; i < n && f->n < sizeof f->from / sizeof *f->from; i++)
		if (from[i] >= 0 && (size_t)from[i] != col)
			f->from[f->n++] = from[i];
}

size_t
decoder_fallbacks(const struct decoder *d, size_t col, long *from, size_t n)
{
	size_t i, k;

	for (i = 0; i < d->nfb; i++)
		if (d->fb[i].col == col) {
			for (k = 0; k < d->fb[i].n && k < n; k++)
				from[k] = d->fb[i].from[k];
			return k;
		}
	return 0;
}

void
decoder_fill(const struct decoder *d, struct record *row)
{
	size_t i, k;

	for (i = 0; i < d->nfb; i++) {
		const struct fallback *f = &d->fb[i];

		if (f->col >= row->n || row->f[f->col].len > 0)
			continue;
		for (k = 0; k < f->n; k++)
			if ((size_t)f->from[k] < row->n &&
			    row->f[f->from[k]].len > 0) {
				row->f[f->col] = row->f[f->from[k]];
				break;
			}
	}
}

/* ---- rows ---- */

static void
clear_fields(struct field *fields, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++) {
		fields[j].s = "";
		fields[j].len = 0;
	}
}

/* Puts the value of cell j of record b into f, keeping it in the
 * splitter's values (which split_row() made room in). */
static void
put_value(struct splitter *sp, const char *b, size_t j, struct field *f)
{
	struct valbuf *vb = &sp->vals;

	f->s = vb->s + vb->len;
	f->len = csvs_cell_value(b, &sp->cells[j], vb->s + vb->len);
	vb->len += f->len + 1;
}

/* Puts a file-order row into schema order; -1 if it has too many fields. */
static int
to_schema(const struct decoder *d, const struct source *src,
    const struct record *in, struct field *fields, struct record *out,
    struct diag_sink *diag)
{
	size_t j;

	if (in->n > src->ncols) {
		diag_error(diag, in->file, in->line, "row has %zu fields, "
		    "the header has %zu", in->n, src->ncols);
		return -1;
	}
	clear_fields(fields, d->schema.n);
	for (j = 0; j < in->n; j++)
		fields[src->map[j]] = in->f[j];
	out->file = in->file;
	out->line = in->line;
	out->n = d->schema.n;
	out->f = fields;
	return 0;
}

/* The fast path's split of a record of src (csvs_split, tsvs_split).
 * Where n, the number of fields the reader's shape of the record gave
 * (csvr_last_fields()), is known (>= 0), only the fields to keep are
 * split. */
static long
split(const struct decoder *d, const struct source *src, const char *b,
    size_t len, struct csvs_cell *cells, size_t keep, long n)
{
	if (n >= 0 && (size_t)n <= src->ncols && (size_t)n >= keep) {
		csvs_split_head(d->simd, b, len, src->delim, cells, keep);
		return n;
	}
	if (src->delim == '\t')
		return tsvs_split(b, len, cells, src->ncols, keep);
	return csvs_split(b, len, src->delim, cells, src->ncols, keep);
}

/* Splits a record that csvs_split() accepts and puts the values of the
 * header columns want[0, nwant) (ascending) into the splitter's fields, in
 * schema order, the others empty; with want NULL, every column. fields is
 * the reader's count for it, or -2 (split()). The number of fields, or -1
 * if csvs_split() does not take the record. */
static long
split_row(const struct decoder *d, const struct source *src, const char *b,
    size_t len, struct splitter *sp, const size_t *want, size_t nwant,
    long fields)
{
	int all = want == NULL;
	size_t keep = all ? src->ncols : nwant ? want[nwant - 1] + 1 : 0;
	long n = split(d, src, b, len, sp->cells, keep, fields);
	struct valbuf *vb = &sp->vals;
	size_t k, j;

	if (n < 0)
		return -1;
	/* Room for every value, so that split_rest() can add the others:
	 * they are no longer than the record, with a NUL each. */
	if (vb->cap < len + (size_t)n + 1) {
		vb->cap = (len + (size_t)n + 1) * 2;
		vb->s = xrealloc(vb->s, vb->cap);
	}
	clear_fields(sp->fields, d->schema.n);
	vb->len = 0;
	for (k = 0; k < (all ? (size_t)n : nwant); k++) {
		if ((j = all ? k : want[k]) >= (size_t)n)
			break;
		put_value(sp, b, j, &sp->fields[src->map[j]]);
	}
	return n;
}

static void
set_row(struct record *row, const struct source *src, unsigned long line,
    size_t n, struct field *fields)
{
	row->file = csvr_name(src->reader);
	row->line = line;
	row->n = n;
	row->f = fields;
}

int
decoder_split_wanted(struct decoder *d, size_t i, const char *b, size_t len,
    struct record *row)
{
	const struct source *src = &d->src[i];

	if (d->plain || split_row(d, src, b, len, &d->nexts, src->want,
	    src->nwant, csvr_last_fields(src->reader)) < 0)
		return -1;
	set_row(row, src, csvr_last(src->reader).line, d->schema.n,
	    d->fields);
	return 0;
}

int
decoder_check(struct decoder *d, size_t i, const char *b, size_t len)
{
	const struct source *src = &d->src[i];
	long n = csvr_last_fields(src->reader);

	if (d->plain)
		return -1;
	if (n == -2)
		n = tsvs_split(b, len, d->nexts.cells, src->ncols, 0);
	if (n < 0 || (size_t)n > src->ncols)
		return -1;
	return 0;
}

const size_t *
decoder_map(const struct decoder *d, size_t i, size_t *n)
{
	*n = d->src[i].ncols;
	return d->src[i].map;
}

void
decoder_split_rest(struct decoder *d, size_t i, const char *b, size_t len)
{
	const struct source *src = &d->src[i];
	struct splitter *sp = &d->nexts;
	long n = split(d, src, b, len, sp->cells, src->ncols, -2);
	size_t j, k = 0;

	for (j = 0; j < (size_t)n; j++) {
		if (k < src->nwant && src->want[k] == j) {
			k++;
			continue;
		}
		put_value(sp, b, j, &sp->fields[src->map[j]]);
	}
}

int
decoder_parse_last(struct decoder *d, size_t i, struct record *row,
    struct diag_sink *diag)
{
	const struct source *src = &d->src[i];
	struct record raw;

	if (csvr_parse(src->reader, &raw) != CSVR_ROW)
		return -2;
	return to_schema(d, src, &raw, d->fields, row, diag);
}

struct splitter *
splitter_new(const struct decoder *d)
{
	struct splitter *sp = xcalloc(1, sizeof *sp);

	sp->cells = xcalloc(d->ncells + 1, sizeof *sp->cells);
	sp->fields = xcalloc(d->schema.n + 1, sizeof *sp->fields);
	sp->own_fields = 1;
	return sp;
}

void
splitter_want(struct splitter *sp, const struct decoder *d,
    const size_t *cols, size_t n)
{
	unsigned char *need = xcalloc(d->schema.n + 1, 1);
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		if (cols[i] >= d->schema.n)
			continue;
		need[cols[i]] = 1;
		for (j = 0; j < d->nfb; j++)
			if (d->fb[j].col == cols[i])
				for (k = 0; k < d->fb[j].n; k++)
					need[d->fb[j].from[k]] = 1;
	}
	for (i = 0; i < sp->nsrc; i++)	/* wanted before */
		free(sp->want[i]);
	free(sp->want);
	free(sp->nwant);
	sp->nsrc = d->nsrc;
	sp->want = xcalloc(d->nsrc, sizeof *sp->want);
	sp->nwant = xcalloc(d->nsrc, sizeof *sp->nwant);
	for (i = 0; i < d->nsrc; i++) {
		const struct source *src = &d->src[i];

		sp->want[i] = xcalloc(src->ncols + 1, sizeof **sp->want);
		for (j = 0; j < src->ncols; j++)
			if (need[src->map[j]])
				sp->want[i][sp->nwant[i]++] = j;
	}
	free(need);
}

void
splitter_free(struct splitter *sp)
{
	size_t i;

	if (sp == NULL)
		return;
	for (i = 0; i < sp->nsrc; i++)
		free(sp->want[i]);
	free(sp->want);
	free(sp->nwant);
	free(sp->cells);
	if (sp->own_fields)
		free(sp->fields);
	free(sp->vals.s);
	free(sp);
}

int
decoder_split(const struct decoder *d, struct splitter *sp,
    const struct rowref *ref, const char *bytes, long fields,
    struct record *row)
{
	const struct source *src = &d->src[ref->input];
	const size_t *want = sp->want != NULL ? sp->want[ref->input] : NULL;
	size_t nwant = sp->want != NULL ? sp->nwant[ref->input] : 0;

	if (d->plain || split_row(d, src, bytes, ref->span.len, sp, want, nwant,
	    fields) < 0)
		return -1;
	set_row(row, src, ref->span.line, d->schema.n, sp->fields);
	decoder_fill(d, row);
	return 0;
}

int
decoder_parse(struct decoder *d, const struct rowref *ref, const char *bytes,
    struct record *row, struct diag_sink *diag)
{
	struct source *src = &d->src[ref->input];
	struct record raw;

	if (decoder_split(d, &d->fetchs, ref, bytes, -2, row) == 0)
		return 0;
	if (csvr_parse_bytes(src->reader, bytes, &ref->span, &raw) != 0) {
		diag_error(diag, csvr_name(src->reader), ref->span.line,
		    "%s", csvr_error(src->reader));
		return -1;
	}
	if (to_schema(d, src, &raw, d->fetched, row, diag) != 0)
		return -1;
	decoder_fill(d, row);
	return 0;
}

int
decoder_fetch(struct decoder *d, const struct rowref *ref,
    struct record *row, struct diag_sink *diag)
{
	struct source *src = &d->src[ref->input];
	const char *bytes;

	if (csvr_fetch_bytes(src->reader, &ref->span, &bytes) != 0) {
		diag_error(diag, csvr_name(src->reader), ref->span.line,
		    "%s", csvr_error(src->reader));
		return -1;
	}
	return decoder_parse(d, ref, bytes, row, diag);
}
