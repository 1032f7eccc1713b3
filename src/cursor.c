#include "cursor.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvsplit.h"
#include "roles.h"
#include "xalloc.h"

extern const unsigned char citeq_builtin_csv[];
extern const size_t citeq_builtin_csv_len;

struct source {
	struct csvr *reader;
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

/* What the fast path splits a record with: one for cursor_next(), one for
 * cursor_parse(), one for each thread that calls cursor_split(). */
struct splitter {
	struct csvs_cell *cells;
	struct field *fields;	/* schema order */
	struct valbuf vals;
	int own_fields;
};

struct cursor {
	struct filter *filter;
	struct diag_sink *diag;
	struct schema schema;
	struct source *src;
	size_t nsrc, cur;
	struct field *fields;	/* the row of cursor_next(), schema order */
	struct field *fetched;	/* the row of cursor_fetch() */

	/* The fast path: a row's bytes are split (csvsplit.h) and only the
	 * columns in need[] are read, to test the filter, and the others
	 * only for a row that matches, unless the caller asked for some
	 * columns alone (cursor_want). A record csvs_split() does not accept
	 * goes to libcsv. CITEQ_PLAIN turns the fast path off
	 * (cursor_plain). */
	int plain;
	int keep;		/* inputs are kept for cursor_fetch() */
	int begun;		/* cursor_next() was called */
	int sparse;		/* matching rows may hold only need[] */
	unsigned char *need;	/* per schema column */
	size_t ncells;		/* the most columns of an input */
	struct splitter nexts;	/* into fields */
	struct splitter fetchs;	/* into fetched */
	const char *bytes;	/* the last row's bytes */
	size_t nbytes;
};

const char *
input_name(const struct input *in)
{
	if (in->path == NULL)
		return "(built-in)";
	if (strcmp(in->path, "-") == 0)
		return "(standard input)";
	return in->path;
}

static struct csvr *
open_input(const struct input *in, struct diag_sink *d)
{
	int fd;

	if (in->path == NULL)
		return csvr_open_mem(citeq_builtin_csv, citeq_builtin_csv_len,
		    input_name(in));
	if (strcmp(in->path, "-") == 0)
		return csvr_open_fd(STDIN_FILENO, input_name(in), 0);
	if ((fd = open(in->path, O_RDONLY)) < 0) {
		diag_error(d, in->path, 0, "%s", strerror(errno));
		return NULL;
	}
	return csvr_open_fd(fd, in->path, 1);
}

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

/* Has the header a column for the role named name (in any alias)? */
static int
header_has(const struct record *h, const char *name)
{
	int role = role_of_name(name, strlen(name));
	size_t i;

	for (i = 0; i < h->n; i++)
		if (role_of_name(h->f[i].s, h->f[i].len) == role)
			return 1;
	return 0;
}

static void
drop(struct source *src)
{
	csvr_close(src->reader);
	src->reader = NULL;
}

/* Opens an input and reads its header. */
static void
open_source(struct cursor *c, struct source *src, const struct input *in,
    int keep)
{
	const char *need[COL__COUNT];
	struct record h;
	size_t i, n;

	if ((src->reader = open_input(in, c->diag)) == NULL)
		return;
	if (keep && csvr_keep(src->reader) != 0) {
		diag_error(c->diag, input_name(in), 0, "cannot keep the input: "
		    "%s", strerror(errno));
		drop(src);
		return;
	}
	switch (csvr_next(src->reader, &h)) {
	case CSVR_ROW:
		break;
	case CSVR_ERROR:
		diag_error(c->diag, input_name(in),
		    csvr_error_line(src->reader), "%s",
		    csvr_error(src->reader));
		/* FALLTHROUGH */
	case CSVR_EOF:
		drop(src);
		return;
	}
	n = filter_columns(c->filter, need);
	for (i = 0; i < n; i++)
		if (!header_has(&h, need[i])) {
			diag_error(c->diag, input_name(in), h.line, "no column "
			    "'%s' (needed by %s)", need[i],
			    filter_option_for(c->filter, need[i]));
			drop(src);
			return;
		}
	src->ncols = h.n;
	src->map = map_header(&c->schema, &h);
}

/* Which header columns of each input the fast path reads. */
static void
plan(struct cursor *c)
{
	int all = filter_needs(c->filter, c->need, c->schema.n);
	size_t i, j;

	for (i = 0; i < c->nsrc; i++) {
		struct source *src = &c->src[i];

		if (src->reader == NULL)
			continue;
		src->nwant = 0;
		for (j = 0; j < src->ncols; j++)
			if (all || c->need[src->map[j]])
				src->want[src->nwant++] = j;
	}
}

void
cursor_want(struct cursor *c, const size_t *cols, size_t n)
{
	size_t i;

	c->sparse = 1;
	for (i = 0; i < n; i++)
		if (cols[i] < c->schema.n)
			c->need[cols[i]] = 1;
	plan(c);
}

void
cursor_plain(struct cursor *c)
{
	c->plain = 1;
}

int
cursor_fast(const struct cursor *c)
{
	return !c->plain;
}

struct cursor *
cursor_open(struct filter *f, const struct input *in, size_t n, int keep,
    struct diag_sink *d)
{
	struct cursor *c = xcalloc(1, sizeof *c);
	size_t i;

	c->filter = f;
	c->diag = d;
	c->keep = keep;
	c->nsrc = n;
	c->src = xcalloc(n ? n : 1, sizeof *c->src);
	schema_init(&c->schema);
	for (i = 0; i < n; i++)
		open_source(c, &c->src[i], &in[i], keep);
	c->fields = xcalloc(c->schema.n + 1, sizeof *c->fields);
	c->fetched = xcalloc(c->schema.n + 1, sizeof *c->fetched);
	c->need = xcalloc(c->schema.n + 1, 1);
	for (i = 0; i < n; i++) {
		if (c->src[i].reader == NULL)
			continue;
		c->src[i].want = xcalloc(c->src[i].ncols + 1, sizeof(size_t));
		if (c->src[i].ncols > c->ncells)
			c->ncells = c->src[i].ncols;
	}
	c->nexts.cells = xcalloc(c->ncells + 1, sizeof *c->nexts.cells);
	c->nexts.fields = c->fields;
	c->fetchs.cells = xcalloc(c->ncells + 1, sizeof *c->fetchs.cells);
	c->fetchs.fields = c->fetched;
	filter_bind(f, &c->schema);
	plan(c);
	return c;
}

void
cursor_close(struct cursor *c)
{
	size_t i;

	if (c == NULL)
		return;
	for (i = 0; i < c->nsrc; i++) {
		csvr_close(c->src[i].reader);
		free(c->src[i].map);
		free(c->src[i].want);
	}
	free(c->src);
	free(c->fields);
	free(c->fetched);
	free(c->need);
	free(c->nexts.cells);
	free(c->nexts.vals.s);
	free(c->fetchs.cells);
	free(c->fetchs.vals.s);
	schema_free(&c->schema);
	free(c);
}

const struct schema *
cursor_schema(const struct cursor *c)
{
	return &c->schema;
}

static void
clear_fields(struct field *fields, size_t n)
{
	size_t j;

	for (j = 0; j < n; j++) {
		fields[j].s = "";
		fields[j].len = 0;
	}
}

/* Puts the value of cell j of record b into f, keeping it in vb (which
 * split_row() made room in). */
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
to_schema(struct cursor *c, const struct source *src, const struct record *in,
    struct field *fields, struct record *out)
{
	size_t j;

	if (in->n > src->ncols) {
		diag_error(c->diag, in->file, in->line, "row has %zu fields, "
		    "the header has %zu", in->n, src->ncols);
		return -1;
	}
	clear_fields(fields, c->schema.n);
	for (j = 0; j < in->n; j++)
		fields[src->map[j]] = in->f[j];
	out->file = in->file;
	out->line = in->line;
	out->n = c->schema.n;
	out->f = fields;
	return 0;
}

/* The fast path: splits a record that csvs_split() accepts and puts the
 * values of the wanted columns into fields, in schema order, the others
 * empty; with all, every column. The number of fields, or -1 if
 * csvs_split() does not accept the record (libcsv then decides). */
static long
split_row(const struct cursor *c, const struct source *src, const char *b,
    size_t len, struct splitter *sp, int all)
{
	size_t keep = all ? src->ncols : src->nwant ?
	    src->want[src->nwant - 1] + 1 : 0;
	long n = csvs_split(b, len, sp->cells, src->ncols, keep);
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
	clear_fields(sp->fields, c->schema.n);
	vb->len = 0;
	for (k = 0; k < (all ? (size_t)n : src->nwant); k++) {
		if ((j = all ? k : src->want[k]) >= (size_t)n)
			break;
		put_value(sp, b, j, &sp->fields[src->map[j]]);
	}
	return n;
}

/* Adds the columns split_row() left out. */
static void
split_rest(const struct source *src, const char *b, size_t len,
    struct splitter *sp)
{
	long n = csvs_split(b, len, sp->cells, src->ncols, src->ncols);
	size_t j, k = 0;

	for (j = 0; j < (size_t)n; j++) {
		if (k < src->nwant && src->want[k] == j) {
			k++;
			continue;
		}
		put_value(sp, b, j, &sp->fields[src->map[j]]);
	}
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

/* The plain path: libcsv parses the record. 0; -1 to skip it (reported);
 * -2 when the input is malformed there and reading it stops. */
static int
parse_row(struct cursor *c, const struct source *src, struct record *row)
{
	struct record raw;

	if (csvr_parse(src->reader, &raw) != CSVR_ROW)
		return -2;
	return to_schema(c, src, &raw, c->fields, row);
}

/* Reads a record into row: 1 if it passes the filter; 0 if not, or if it
 * was skipped (reported); -1 when the input is malformed there. */
static int
read_row(struct cursor *c, const struct source *src, const char *b,
    size_t len, struct record *row)
{
	long n = c->plain ? -1 : split_row(c, src, b, len, &c->nexts, 0);
	int r;

	if (n < 0) {
		if ((r = parse_row(c, src, row)) != 0)
			return r == -2 ? -1 : 0;
		return filter_match(c->filter, row, c->diag);
	}
	set_row(row, src, csvr_last(src->reader).line, c->schema.n,
	    c->fields);
	if (!filter_match(c->filter, row, c->diag))
		return 0;
	if (!c->sparse)
		split_rest(src, b, len, &c->nexts);
	return 1;
}

int
cursor_next(struct cursor *c, struct record *row, struct rowref *ref)
{
	enum csvr_status st;
	const char *b;
	size_t len, i;
	int r;

	if (!c->begun) {
		/* Large inputs are read ahead on a second thread, except
		 * with CITEQ_PLAIN, which is the single-threaded libcsv path
		 * the differential test compares with. */
		c->begun = 1;
		for (i = 0; !c->plain && !c->keep && i < c->nsrc; i++)
			if (c->src[i].reader != NULL)
				csvr_readahead(c->src[i].reader);
	}
	for (; c->cur < c->nsrc; c->cur++) {
		struct source *src = &c->src[c->cur];

		if (src->reader == NULL)
			continue;
		while ((st = csvr_next_bytes(src->reader, &b, &len)) ==
		    CSVR_ROW) {
			if ((r = read_row(c, src, b, len, row)) < 0) {
				st = CSVR_ERROR;
				break;
			}
			if (r == 0)
				continue;
			c->bytes = b;
			c->nbytes = len;
			if (ref != NULL) {
				ref->input = c->cur;
				ref->span = csvr_last(src->reader);
			}
			return 1;
		}
		if (st == CSVR_ERROR)
			diag_error(c->diag, csvr_name(src->reader),
			    csvr_error_line(src->reader), "%s",
			    csvr_error(src->reader));
	}
	return 0;
}

struct splitter *
cursor_splitter(const struct cursor *c)
{
	struct splitter *sp = xcalloc(1, sizeof *sp);

	sp->cells = xcalloc(c->ncells + 1, sizeof *sp->cells);
	sp->fields = xcalloc(c->schema.n + 1, sizeof *sp->fields);
	sp->own_fields = 1;
	return sp;
}

void
splitter_free(struct splitter *sp)
{
	if (sp == NULL)
		return;
	free(sp->cells);
	if (sp->own_fields)
		free(sp->fields);
	free(sp->vals.s);
	free(sp);
}

int
cursor_split(const struct cursor *c, struct splitter *sp,
    const struct rowref *ref, const char *bytes, struct record *row)
{
	const struct source *src = &c->src[ref->input];

	if (c->plain || split_row(c, src, bytes, ref->span.len, sp, 1) < 0)
		return -1;
	set_row(row, src, ref->span.line, c->schema.n, sp->fields);
	return 0;
}

const char *
cursor_bytes(const struct cursor *c, size_t *len)
{
	*len = c->nbytes;
	return c->bytes;
}

int
cursor_parse(struct cursor *c, const struct rowref *ref, const char *bytes,
    struct record *row)
{
	struct source *src = &c->src[ref->input];
	struct record raw;

	if (cursor_split(c, &c->fetchs, ref, bytes, row) == 0)
		return 0;
	if (csvr_parse_bytes(src->reader, bytes, &ref->span, &raw) != 0) {
		diag_error(c->diag, csvr_name(src->reader), ref->span.line,
		    "%s", csvr_error(src->reader));
		return -1;
	}
	return to_schema(c, src, &raw, c->fetched, row);
}

int
cursor_fetch(struct cursor *c, const struct rowref *ref, struct record *row)
{
	struct source *src = &c->src[ref->input];
	struct record raw;

	if (csvr_fetch(src->reader, &ref->span, &raw) != 0) {
		diag_error(c->diag, csvr_name(src->reader), ref->span.line,
		    "%s", csvr_error(src->reader));
		return -1;
	}
	return to_schema(c, src, &raw, c->fetched, row);
}
