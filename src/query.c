#include "query.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvread.h"
#include "group.h"
#include "sort.h"
#include "xalloc.h"

extern const unsigned char citeq_builtin_csv[];
extern const size_t citeq_builtin_csv_len;

/* What the table shows when -F is not given, where the columns exist. */
static const char *const table_default[] = {
	"id", "date", "lang", "author", "title", "source"
};

struct source {
	struct csvr *reader;
	size_t ncols;		/* in its header */
	size_t *map;		/* header column -> schema column */
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

/* Maps each header column to a schema column, adding new names. A name
 * that repeats within a header maps to its next occurrence in the schema. */
static size_t *
map_header(struct schema *s, const struct record *h)
{
	size_t *map = xcalloc(h->n, sizeof *map), i, j, k;

	for (i = 0; i < h->n; i++) {
		for (j = 0; j < s->n; j++) {
			if (strlen(s->names[j]) != h->f[i].len ||
			    memcmp(s->names[j], h->f[i].s, h->f[i].len) != 0)
				continue;
			for (k = 0; k < i && map[k] != j; k++)
				;
			if (k == i)
				break;	/* not taken by an earlier column */
		}
		map[i] = j < s->n ? j : schema_add(s, h->f[i].s, h->f[i].len);
	}
	return map;
}

static int
header_has(const struct record *h, const char *name)
{
	size_t i, n = strlen(name);

	for (i = 0; i < h->n; i++)
		if (h->f[i].len == n && memcmp(h->f[i].s, name, n) == 0)
			return 1;
	return 0;
}

/* Opens an input and reads its header; 0 if it has none or fails. */
static int
open_source(struct source *src, const struct input *in, struct schema *s,
    const struct filter *f, struct diag_sink *d)
{
	const char *need[COL__COUNT];
	struct record h;
	size_t i, n;

	memset(src, 0, sizeof *src);
	if ((src->reader = open_input(in, d)) == NULL)
		return 0;
	switch (csvr_next(src->reader, &h)) {
	case CSVR_ROW:
		break;
	case CSVR_ERROR:
		diag_error(d, input_name(in), csvr_error_line(src->reader),
		    "%s", csvr_error(src->reader));
		/* FALLTHROUGH */
	case CSVR_EOF:
		csvr_close(src->reader);
		src->reader = NULL;
		return 0;
	}
	n = filter_columns(f, need);
	for (i = 0; i < n; i++)
		if (!header_has(&h, need[i])) {
			diag_error(d, input_name(in), h.line, "no column '%s' "
			    "(needed by %s)", need[i],
			    filter_option_for(f, need[i]));
			csvr_close(src->reader);
			src->reader = NULL;
			return 0;
		}
	src->ncols = h.n;
	src->map = map_header(s, &h);
	return 1;
}

/* Resolves -F (or the table's default) into schema columns. */
static size_t *
make_view(const struct query *q, const struct schema *s, size_t *n,
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
			c = schema_find(s, name);
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
			if ((c = schema_find(s, table_default[i])) >= 0)
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

/* The frequency table of -G: printed like any rows, sorted by -S if given. */
static long
print_groups(const struct query *q, struct group *g, const char *name,
    struct out *o, struct diag_sink *d)
{
	struct schema s;
	struct rowset rows = { NULL, 0, 0 };
	struct sort_key *keys = NULL;
	size_t nkeys = 0, cols[2] = { 0, 1 };
	struct view v;
	char err[256];
	long n;

	schema_init(&s);
	group_result(g, name, &s, &rows);
	if (q->sort != NULL) {
		if (sort_parse(q->sort, &s, &keys, &nkeys, err, sizeof err)) {
			diag_error(d, NULL, 0, "--sort: %s", err);
			n = -1;
			goto done;
		}
		sort_rows(rows.v, rows.n, keys, nkeys, d);
	}
	v.schema = &s;
	v.cols = cols;
	v.n = 2;
	print_rows(q, o, &v, rows.v, rows.n);
	n = (long)rows.n;
done:
	free(keys);
	rowset_free(&rows);
	schema_free(&s);
	return n;
}

/* Reads the rows of one source, in schema order, through the filter. */
static void
scan_source(const struct query *q, struct source *src, struct field *fields,
    size_t nfields, struct out *o, struct diag_sink *d,
    void (*take)(void *, const struct record *), void *arg)
{
	struct record row, rec;
	enum csvr_status st;
	size_t j;

	while (o->err == 0 && (st = csvr_next(src->reader, &row)) == CSVR_ROW) {
		if (row.n > src->ncols) {
			diag_error(d, row.file, row.line, "row has %zu fields, "
			    "the header has %zu", row.n, src->ncols);
			continue;
		}
		for (j = 0; j < nfields; j++) {
			fields[j].s = "";
			fields[j].len = 0;
		}
		for (j = 0; j < row.n; j++)
			fields[src->map[j]] = row.f[j];
		rec.file = row.file;
		rec.line = row.line;
		rec.n = nfields;
		rec.f = fields;
		if (filter_match(q->filter, &rec, d))
			take(arg, &rec);
	}
	if (o->err == 0 && st == CSVR_ERROR)
		diag_error(d, csvr_name(src->reader),
		    csvr_error_line(src->reader), "%s",
		    csvr_error(src->reader));
}

/* What happens to a matching row. */
struct sink {
	const struct query *q;
	const struct formatter *fmt;	/* streaming, or NULL */
	const struct view *view;
	struct out *o;
	struct group *group;
	struct rowset kept;		/* rows kept for sorting or the table */
	struct diag_sink *diag;
	size_t matched;
};

static void
take_row(void *arg, const struct record *r)
{
	struct sink *k = arg;

	if (k->group != NULL)
		group_add(k->group, r, k->diag);
	else if (k->q->count)
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
	struct source *src = xcalloc(nin ? nin : 1, sizeof *src);
	struct sink k;
	struct schema s;
	struct sort_key *keys = NULL;
	struct field *fields = NULL;
	struct view v = { NULL, NULL, 0 };
	size_t *cols = NULL, nkeys = 0, i;
	char err[256];
	long result = -1, gcol;

	memset(&k, 0, sizeof k);
	k.q = q;
	k.o = o;
	k.diag = d;
	k.view = &v;
	schema_init(&s);
	for (i = 0; i < nin; i++)
		open_source(&src[i], &in[i], &s, q->filter, d);
	if (s.n == 0) {
		result = 0;	/* no input had a header: nothing to print */
		if (q->count)
			out_puts(o, "0\n");
		goto done;
	}

	filter_bind(q->filter, &s);
	if (q->group_by != NULL) {
		int by_year = 0;

		gcol = schema_find(&s, q->group_by);
		if (gcol < 0 && strcmp(q->group_by, "year") == 0) {
			gcol = schema_find(&s, date_field_column(q->date_field));
			by_year = 1;
		}
		if (gcol < 0) {
			diag_error(d, NULL, 0, "--group-by: no column '%s'",
			    q->group_by);
			goto done;
		}
		k.group = group_new((size_t)gcol, by_year);
	} else {
		if ((cols = make_view(q, &s, &v.n, d)) == NULL)
			goto done;
		v.schema = &s;
		v.cols = cols;
		if (q->sort != NULL && sort_parse(q->sort, &s, &keys, &nkeys,
		    err, sizeof err) != 0) {
			diag_error(d, NULL, 0, "--sort: %s", err);
			goto done;
		}
		if (!q->count && q->sort == NULL)
			k.fmt = formatter_for(q->format);
	}

	fields = xcalloc(s.n, sizeof *fields);
	if (k.fmt != NULL && k.fmt->begin != NULL)
		k.fmt->begin(o, &v);
	for (i = 0; i < nin && o->err == 0; i++)
		if (src[i].reader != NULL)
			scan_source(q, &src[i], fields, s.n, o, d, take_row, &k);
	result = (long)k.matched;

	if (q->count) {
		char num[32];

		snprintf(num, sizeof num, "%zu\n", k.matched);
		out_puts(o, num);
	} else if (k.group != NULL) {
		result = print_groups(q, k.group, q->group_by, o, d);
	} else if (k.fmt != NULL) {
		if (k.fmt->end != NULL)
			k.fmt->end(o, &v, k.matched);
	} else {
		sort_rows(k.kept.v, k.kept.n, keys, nkeys, d);
		print_rows(q, o, &v, k.kept.v, k.kept.n);
	}
done:
	free(fields);
	free(cols);
	free(keys);
	group_free(k.group);
	rowset_free(&k.kept);
	for (i = 0; i < nin; i++) {
		csvr_close(src[i].reader);
		free(src[i].map);
	}
	free(src);
	schema_free(&s);
	return result;
}
