#include "query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "display.h"
#include "extsort.h"
#include "filemap.h"
#include "parprint.h"
#include "roles.h"
#include "sort.h"
#include "xalloc.h"

/* The streaming formatter for a format; NULL for the table. */
static const struct formatter *
query_formatter(enum format f)
{
	switch (f) {
	case FMT_BIBTEX:
		return &out_bibtex;
	case FMT_CSL:
		return &out_csl;
	case FMT_RIS:
		return &out_ris;
	case FMT_WIKI:
		return &out_wiki;
	case FMT_CSV:
		return &out_csv;
	case FMT_TSV:
		return &out_tsv;
	case FMT_JSON:
		return &out_json;
	case FMT_JSONL:
		return &out_jsonl;
	case FMT_TABLE:
	default:
		return NULL;
	}
}

static void
print_rows(const struct options *q, struct out *o, const struct view *v,
    struct record *const *rows, size_t n)
{
	const struct formatter *fmt = query_formatter(q->format);
	size_t i;

	if (fmt == NULL) {
		out_table(o, v, rows, n, &q->table);
		return;
	}
	if (fmt->begin != NULL)
		fmt->begin(o, v);
	for (i = 0; i < n && o->err == 0; i++)
		fmt->row(o, v, rows[i], i);
	if (fmt->end != NULL)
		fmt->end(o, v, n);
}

/* Where par_print() takes its rows from. */
struct feed {
	struct cursor *c;		/* matching rows as they are read */
	struct extsort *e;		/* or sorted rows */
	size_t i, n;			/* in memory: the next, how many */
	int merge;			/* else from a merge of runs */
	struct diag_sink *diag;
	int err;			/* a merge failed (reported) */
};

static int
fill_read(void *arg, struct par_block *b)
{
	struct feed *f = arg;
	struct record row;
	struct rowref ref;
	const char *bytes;
	size_t len;
	int got = 0;

	while (cursor_next(f->c, &row, &ref) == 1) {
		bytes = cursor_bytes(f->c, &len);
		got = 1;
		if (par_block_add(b, &ref, bytes, cursor_fields(f->c), 1))
			break;
	}
	return got;
}

static int
fill_values(void *arg, struct par_block *b)
{
	struct feed *f = arg;
	struct record row;
	struct rowref ref;
	int got = 0;

	while (cursor_next(f->c, &row, &ref) == 1) {
		got = 1;
		if (par_block_add_values(b, &ref, &row))
			break;
	}
	return got;
}

static int
fill_sorted(void *arg, struct par_block *b)
{
	struct feed *f = arg;
	struct rowref ref;
	const char *bytes;
	long fields;
	int got = 0, r;

	while (f->e != NULL && f->i < f->n) {
		extsort_row(f->e, f->i++, &ref, &bytes, &fields);
		got = 1;
		if (par_block_add(b, &ref, bytes, fields, 0))
			return 1;
	}
	while (f->e != NULL && f->merge &&
	    (r = extsort_next(f->e, &ref, &bytes, &fields, f->diag)) != 0) {
		if (r < 0) {
			f->err = 1;
			break;
		}
		got = 1;
		if (par_block_add(b, &ref, bytes, fields, 1))
			return 1;
	}
	return got;
}

/* -S with a streaming format: each matching row's sort keys and a copy of
 * its bytes are kept, not the parsed row (extsort.c: in memory up to the
 * budget, in runs in temporary files past it); each row is split again as
 * it is printed, in sorted order (par_print), from memory or from a merge
 * of the runs. */
static long
print_sorted(const struct plan *p, struct out *o, struct diag_sink *d)
{
	struct cursor *c = p->cursor;
	const struct sort_key *keys = p->keys;
	size_t nkeys = p->nkeys;
	struct extsort *e = extsort_new(keys, nkeys, p->opt->buffer_size,
	    p->opt->tmpdir);
	struct filemap *fm = filemap_open(p->opt->inputs, p->opt->ninputs,
	    extsort_budget(e));
	struct feed f = { NULL, NULL, 0, 0, 0, d, 0 };
	struct record row;
	struct rowref ref;
	size_t added = 0, i, len, *cols;
	const char *bytes;
	int r;

	cols = xcalloc(nkeys, sizeof *cols);
	for (i = 0; i < nkeys; i++)
		cols[i] = keys[i].col;
	cursor_want(c, cols, nkeys);
	free(cols);
	while (cursor_next(c, &row, &ref)) {
		bytes = cursor_bytes(c, &len);
		if (extsort_add(e, &row, &ref, bytes, len, cursor_fields(c),
		    filemap_row(fm, &ref, bytes, len), d) != 0) {
			extsort_free(e);
			filemap_close(fm);
			return -1;
		}
		added++;
	}
	if ((r = extsort_finish(e, &f.n, d)) >= 0) {
		f.e = e;
		f.merge = r == 1;
		par_print(o, query_formatter(p->opt->format), &p->view,
		    cursor_decoder(c), d, p->opt->threads, fill_sorted, &f);
	}
	extsort_free(e);
	filemap_close(fm);
	return r < 0 || f.err ? -1 : (long)added;
}

/* What happens to a matching row. */
struct sink {
	const struct options *q;
	const struct formatter *fmt;	/* streaming, or NULL */
	const struct view *view;
	struct out *o;
	struct rowset kept;		/* rows kept for sorting or the table */
	struct diag_sink *diag;
	size_t matched;
};

static void
take_row(void *arg, const struct record *r)
{
	struct sink *k = arg;

	if (k->q->count)
		;
	else if (k->fmt != NULL)
		k->fmt->row(k->o, k->view, r, k->matched);
	else
		rowset_push(&k->kept, record_dup(r));
	k->matched++;
}

long
query_run(struct plan *p, struct out *o, struct diag_sink *d)
{
	const struct options *q = p->opt;
	struct sink k;
	struct record row;

	if (p->empty) {
		if (q->count)
			out_puts(o, "0\n");
		return 0;
	}
	if (p->grouped) {
		print_rows(q, o, &p->view, p->groups.v, p->groups.n);
		return (long)p->groups.n;
	}
	if (p->keys != NULL && !q->count && query_formatter(q->format) != NULL)
		return print_sorted(p, o, d);

	memset(&k, 0, sizeof k);
	k.q = q;
	k.o = o;
	k.diag = d;
	k.view = &p->view;
	if (q->count)
		cursor_want(p->cursor, NULL, 0);	/* the filter's columns */
	if (!q->count && p->keys == NULL)
		k.fmt = query_formatter(q->format);
	if (k.fmt != NULL && par_worth(k.fmt, cursor_decoder(p->cursor))) {
		struct feed f = { p->cursor, NULL, 0, 0, 0, d, 0 };

		if (cursor_may_wait(p->cursor)) {
			/* each row printed as it comes, but only the
			 * columns printed split out */
			cursor_want(p->cursor, p->view.cols, p->view.n);
		} else if (p->view.n <= 64 &&
		    p->view.n * 2 <= cursor_schema(p->cursor)->n) {
			/* a few columns (of many, and not so many that a
			 * block's list of values grows large): split out
			 * here with the filter's, their values formatted in
			 * blocks */
			cursor_want(p->cursor, p->view.cols, p->view.n);
			return (long)par_print(o, k.fmt, &p->view,
			    cursor_decoder(p->cursor), d, q->threads,
			    fill_values, &f);
		} else {
			/* the filter's columns read here, the rows split
			 * again and formatted in blocks */
			cursor_want(p->cursor, NULL, 0);
			return (long)par_print(o, k.fmt, &p->view,
			    cursor_decoder(p->cursor), d, q->threads,
			    fill_read, &f);
		}
	}
	if (k.fmt != NULL && k.fmt->begin != NULL)
		k.fmt->begin(o, &p->view);
	while (o->err == 0 && cursor_next(p->cursor, &row, NULL))
		take_row(&k, &row);

	if (q->count) {
		char num[32];

		snprintf(num, sizeof num, "%zu\n", k.matched);
		out_puts(o, num);
	} else if (k.fmt != NULL) {
		if (k.fmt->end != NULL)
			k.fmt->end(o, &p->view, k.matched);
	} else {
		sort_rows(k.kept.v, k.kept.n, p->keys, p->nkeys, d);
		print_rows(q, o, &p->view, k.kept.v, k.kept.n);
	}
	rowset_free(&k.kept);
	return (long)k.matched;
}

long
query_columns(struct plan *p, struct out *o)
{
	const struct schema *s = cursor_schema(p->cursor);
	struct rowset rows = { NULL, 0, 0 };
	struct schema out;
	struct roles rs;
	size_t cols[2] = { 0, 1 };
	struct view v = { &out, cols, 2, NULL };
	int r, k;

	schema_init(&out);
	schema_add(&out, "role", 4);
	schema_add(&out, "columns", 7);
	roles_bind(&rs, s);
	for (r = 0; r < ROLE__COUNT; r++) {
		struct buf b = { NULL, 0, 0 };
		const char *vals[2];

		buf_adds(&b, "");
		for (k = 0; k < ROLE_MAXCOLS && rs.col[r][k] >= 0; k++) {
			if (k > 0)
				buf_adds(&b, "; ");
			buf_adds(&b, s->names[rs.col[r][k]]);
		}
		if (b.len > 0) {
			vals[0] = role_name((enum role)r);
			vals[1] = b.s;
			rowset_push(&rows, record_make(2, vals));
		}
		buf_free(&b);
	}
	print_rows(p->opt, o, &v, rows.v, rows.n);
	k = (int)rows.n;
	rowset_free(&rows);
	schema_free(&out);
	return k;
}
