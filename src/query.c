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

/* -S with a streaming format: each matching row's sort keys and a copy of
 * its bytes are kept, not the parsed row (extsort.c: in memory up to the
 * budget, in runs in temporary files past it); each row is split again as
 * it is printed, in sorted order: on two threads (par_print) from memory,
 * on this one from a merge of the runs. */
static long
print_sorted(const struct plan *p, struct out *o, struct diag_sink *d)
{
	struct cursor *c = p->cursor;
	const struct sort_key *keys = p->keys;
	size_t nkeys = p->nkeys;
	const struct formatter *fmt = query_formatter(p->opt->format);
	struct extsort *e = extsort_new(keys, nkeys, p->opt->buffer_size,
	    p->opt->tmpdir);
	struct decoder *dec = cursor_decoder(c);
	struct filemap *fm = filemap_open(p->opt->inputs, p->opt->ninputs,
	    extsort_budget(e));
	struct record row;
	struct rowref ref;
	size_t n = 0, added = 0, i, len, *cols;
	const char *bytes;
	int r;

	cols = xcalloc(nkeys, sizeof *cols);
	for (i = 0; i < nkeys; i++)
		cols[i] = keys[i].col;
	cursor_want(c, cols, nkeys);
	free(cols);
	while (cursor_next(c, &row, &ref)) {
		bytes = cursor_bytes(c, &len);
		if (extsort_add(e, &row, &ref, bytes, len,
		    filemap_row(fm, &ref, bytes, len), d) != 0) {
			extsort_free(e);
			filemap_close(fm);
			return -1;
		}
		added++;
	}
	r = extsort_finish(e, &n, d);
	if (r == 0) {
		par_print(o, fmt, &p->view, dec, d, n, extsort_row, e);
	} else if (r == 1) {
		if (fmt->begin != NULL)
			fmt->begin(o, &p->view);
		for (i = 0; o->err == 0 &&
		    (r = extsort_next(e, &ref, &bytes, d)) == 1; i++)
			if (decoder_parse(dec, &ref, bytes, &row, d) == 0)
				fmt->row(o, &p->view, &row, i);
		if (fmt->end != NULL && r >= 0)
			fmt->end(o, &p->view, added);
	}
	extsort_free(e);
	filemap_close(fm);
	return r < 0 ? -1 : (long)added;
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
