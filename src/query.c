#include "query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "display.h"
#include "group.h"
#include "parprint.h"
#include "roles.h"
#include "sort.h"
#include "xalloc.h"

/* What the table shows when -F is not given, where the columns exist. */
static const char *const table_default[] = {
	"id", "date", "lang", "author", "title", "source"
};

size_t *
query_view(const struct query *q, const struct schema *s, size_t *n,
    struct diag_sink *d)
{
	size_t *cols = xcalloc(s->n + 1, sizeof *cols), k = 0, i;
	const char *p, *comma;
	long c;

	if (q->fields != NULL) {
		free(cols);
		cols = NULL;
		for (p = q->fields;; p = comma + 1) {
			size_t len;
			char *name;

			comma = strchr(p, ',');
			len = comma ? (size_t)(comma - p) : strlen(p);
			name = xstrndup(p, len);
			c = schema_resolve(s, name);
			if (c < 0) {
				diag_error(d, NULL, 0, "--fields: no column "
				    "'%s'", name);
				free(name);
				free(cols);
				return NULL;
			}
			free(name);
			cols = xreallocarray(cols, k + 1, sizeof *cols);
			cols[k++] = (size_t)c;
			if (comma == NULL)
				break;
		}
	} else if (q->format == FMT_TABLE && !q->count) {
		for (i = 0; i < sizeof table_default / sizeof *table_default;
		    i++)
			if ((c = schema_resolve(s, table_default[i])) >= 0)
				cols[k++] = (size_t)c;
	}
	if (k == 0 && q->fields == NULL)
		for (k = 0; k < s->n; k++)
			cols[k] = k;
	*n = k;
	return cols;
}

/* The streaming formatter for a format; NULL for the table. */
static const struct formatter *
formatter_for(enum format f)
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
print_rows(const struct query *q, struct out *o, const struct view *v,
    struct record *const *rows, size_t n)
{
	const struct formatter *fmt = formatter_for(q->format);
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

int
query_groups(const struct query *q, struct cursor *c, struct schema *gs,
    struct rowset *rows, struct diag_sink *d)
{
	const struct schema *s = cursor_schema(c);
	struct sort_key *keys = NULL;
	struct group *g;
	struct record row;
	size_t nkeys = 0, gcol;
	int by_year = 0;
	char err[256];
	long col;

	col = schema_find_loose(s, q->group_by);
	if (col < 0 && strcmp(q->group_by, "year") == 0) {
		col = schema_resolve(s, date_field_column(q->date_field));
		by_year = 1;
	} else if (col < 0) {
		col = schema_resolve(s, q->group_by);
	}
	if (col < 0) {
		diag_error(d, NULL, 0, "--group-by: no column '%s'",
		    q->group_by);
		return -1;
	}
	g = group_new(s, (size_t)col, by_year);
	gcol = (size_t)col;
	cursor_want(c, &gcol, 1);
	while (cursor_next(c, &row, NULL))
		group_add(g, &row, d);
	group_result(g, q->group_by, gs, rows);
	group_free(g);
	if (q->sort == NULL)
		return 0;
	if (sort_parse(q->sort, gs, &keys, &nkeys, err, sizeof err) != 0) {
		diag_error(d, NULL, 0, "--sort: %s", err);
		return -1;
	}
	sort_rows(rows->v, rows->n, keys, nkeys, d);
	free(keys);
	return 0;
}

/* -G: the frequency table, printed like any rows. */
static long
print_groups(const struct query *q, struct cursor *c, struct out *o,
    struct diag_sink *d)
{
	struct schema gs;
	struct rowset rows = { NULL, 0, 0 };
	size_t cols[2] = { 0, 1 };
	struct view v = { &gs, cols, 2, NULL };
	long n = -1;

	schema_init(&gs);
	if (query_groups(q, c, &gs, &rows, d) == 0) {
		print_rows(q, o, &v, rows.v, rows.n);
		n = (long)rows.n;
	}
	rowset_free(&rows);
	schema_free(&gs);
	return n;
}

/* -S with a streaming format: each matching row's sort keys and a copy of
 * its bytes are kept, not the parsed row; each row is split again as it is
 * printed, in sorted order (par_print). */
struct kept {
	struct rowref ref;
	size_t at;			/* its bytes in the arena */
};

struct sorted {
	const struct kept *kept;	/* in printing order */
	const char *arena;
};

static void
sorted_row(const void *arg, size_t i, struct rowref *ref, const char **bytes)
{
	const struct sorted *so = arg;
	const struct kept *kp = &so->kept[i];

	*ref = kp->ref;
	*bytes = so->arena + kp->at;
}

static long
print_sorted(const struct query *q, struct cursor *c, struct out *o,
    const struct view *v, const struct sort_key *keys, size_t nkeys,
    struct diag_sink *d)
{
	struct sorter *s = sorter_new(keys, nkeys);
	struct kept *kept = NULL, *inorder;
	const size_t *order;
	struct buf arena = { NULL, 0, 0 };
	struct sorted so;
	struct record row;
	struct rowref ref;
	size_t n = 0, cap = 0, i, len, *cols;
	const char *bytes;

	cols = xcalloc(nkeys, sizeof *cols);
	for (i = 0; i < nkeys; i++)
		cols[i] = keys[i].col;
	cursor_want(c, cols, nkeys);
	free(cols);
	while (cursor_next(c, &row, &ref)) {
		sorter_add(s, &row, d);
		if (n == cap) {
			cap = cap ? cap * 2 : 1024;
			kept = xreallocarray(kept, cap, sizeof *kept);
		}
		bytes = cursor_bytes(c, &len);
		kept[n].ref = ref;
		kept[n].at = arena.len;
		buf_add(&arena, bytes, len);
		n++;
	}
	/* Put the references in printing order once: then only the rows'
	 * bytes are read all over memory, and those can be prefetched. */
	order = sorter_order(s, &n);
	inorder = xcalloc(n + 1, sizeof *inorder);
	for (i = 0; i < n; i++)
		inorder[i] = kept[order[i]];
	free(kept);
	sorter_free(s);
	so.kept = inorder;
	so.arena = arena.s;
	par_print(o, formatter_for(q->format), v, c, n, sorted_row, &so);
	free(inorder);
	free(arena.s);
	return (long)n;
}

/* What happens to a matching row. */
struct sink {
	const struct query *q;
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
query_run(const struct query *q, const struct input *in, size_t nin,
    struct out *o, struct diag_sink *d)
{
	struct cursor *c;
	const struct schema *s;
	struct sink k;
	struct sort_key *keys = NULL;
	struct view v = { NULL, NULL, 0, NULL };
	struct roles rs;
	struct record row;
	size_t *cols = NULL, nkeys = 0;
	char err[256];
	long result = -1;

	memset(&k, 0, sizeof k);
	k.q = q;
	k.o = o;
	k.diag = d;
	k.view = &v;
	c = cursor_open(q->filter, in, nin, 0, d);
	if (q->plain)
		cursor_plain(c);
	s = cursor_schema(c);
	if (s->n == 0) {
		result = 0;	/* no input had a header: nothing to print */
		if (q->count)
			out_puts(o, "0\n");
		goto done;
	}

	if (q->group_by != NULL) {
		result = print_groups(q, c, o, d);
		goto done;
	}
	if ((cols = query_view(q, s, &v.n, d)) == NULL)
		goto done;
	v.schema = s;
	v.cols = cols;
	roles_bind(&rs, s);
	v.roles = &rs;
	if (q->sort != NULL && sort_parse(q->sort, s, &keys, &nkeys, err,
	    sizeof err) != 0) {
		diag_error(d, NULL, 0, "--sort: %s", err);
		goto done;
	}
	if (q->sort != NULL && !q->count && formatter_for(q->format) != NULL) {
		result = print_sorted(q, c, o, &v, keys, nkeys, d);
		goto done;
	}
	if (q->count)
		cursor_want(c, NULL, 0);	/* the filter's columns only */
	if (!q->count && q->sort == NULL)
		k.fmt = formatter_for(q->format);
	if (k.fmt != NULL && k.fmt->begin != NULL)
		k.fmt->begin(o, &v);
	while (o->err == 0 && cursor_next(c, &row, NULL))
		take_row(&k, &row);
	result = (long)k.matched;

	if (q->count) {
		char num[32];

		snprintf(num, sizeof num, "%zu\n", k.matched);
		out_puts(o, num);
	} else if (k.fmt != NULL) {
		if (k.fmt->end != NULL)
			k.fmt->end(o, &v, k.matched);
	} else {
		sort_rows(k.kept.v, k.kept.n, keys, nkeys, d);
		print_rows(q, o, &v, k.kept.v, k.kept.n);
	}
done:
	free(cols);
	free(keys);
	rowset_free(&k.kept);
	cursor_close(c);
	return result;
}

long
query_columns(const struct query *q, const struct input *in, size_t nin,
    struct out *o, struct diag_sink *d)
{
	struct cursor *c = cursor_open(q->filter, in, nin, 0, d);
	const struct schema *s = cursor_schema(c);
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
	print_rows(q, o, &v, rows.v, rows.n);
	k = (int)rows.n;
	rowset_free(&rows);
	schema_free(&out);
	cursor_close(c);
	return k;
}
