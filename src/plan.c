#include "plan.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "group.h"
#include "list.h"
#include "xalloc.h"

/* What the table shows when -F is not given, where the columns exist. */
static const char *const table_default[] = {
	"id", "date", "lang", "author", "title", "source"
};

/* What to add to a message about a column that is not there. */
static const char *
hint(const struct options *o)
{
	return o->ninputs > 0 ? input_hint(&o->inputs[0]) : "";
}

size_t *
plan_columns(const struct options *o, const struct schema *s, size_t *n,
    struct diag_sink *d)
{
	size_t *cols = xcalloc(s->n + 1, sizeof *cols), k = 0, i;
	long c;

	if (o->fields != NULL) {
		struct list l;
		struct field it;

		list_option(&l, o->fields);
		while (list_next(&l, &it)) {
			char *name = xstrndup(it.s, it.len);

			if ((c = schema_resolve(s, name)) < 0) {
				diag_error(d, NULL, 0, "--fields: no column "
				    "'%s'%s", name, hint(o));
				free(name);
				free(cols);
				return NULL;
			}
			free(name);
			cols = xreallocarray(cols, k + 1, sizeof *cols);
			cols[k++] = (size_t)c;
		}
	} else if (o->format == FMT_TABLE && !o->count) {
		for (i = 0; i < sizeof table_default / sizeof *table_default;
		    i++)
			if ((c = schema_resolve(s, table_default[i])) >= 0)
				cols[k++] = (size_t)c;
	}
	if (k == 0 && o->fields == NULL)
		for (k = 0; k < s->n; k++)
			cols[k] = k;
	*n = k;
	return cols;
}

static int
parse_sort(struct plan *p, const struct schema *s, struct diag_sink *d)
{
	char err[256];

	if (p->opt->sort == NULL)
		return 0;
	if (sort_parse(p->opt->sort, s, &p->keys, &p->nkeys, err,
	    sizeof err) != 0) {
		diag_error(d, NULL, 0, "--sort: %s%s", err,
		    hint(p->opt));
		return -1;
	}
	return 0;
}

/* -G: the frequency table of the cursor's rows, sorted by -S if given. */
static int
count_groups(struct plan *p, struct diag_sink *d)
{
	const struct options *o = p->opt;
	const struct schema *s = cursor_schema(p->cursor);
	struct group *g;
	struct record row;
	size_t gcol;
	int unit = GROUP_VALUE;
	long col;

	/* "year": the year of the date filters' date, whichever column of
	 * each file holds it (Zotero's Date or Publication Year, Scopus's
	 * Year). */
	if (strcasecmp(o->group_by, "year") == 0) {
		col = schema_resolve(s, date_field_column(o->date_field));
		unit = GROUP_YEAR;
	} else {
		col = schema_resolve(s, o->group_by);
	}
	if (col < 0) {
		diag_error(d, NULL, 0, "--group-by: no column '%s'%s",
		    o->group_by, hint(o));
		return -1;
	}
	g = group_new(s, (size_t)col, unit);
	gcol = (size_t)col;
	cursor_fallback(p->cursor, gcol);
	cursor_want(p->cursor, &gcol, 1);
	while (cursor_next(p->cursor, &row, NULL))
		group_add(g, &row, d);
	group_result(g, o->group_by, &p->gschema, &p->groups);
	group_free(g);
	p->grouped = 1;
	if (parse_sort(p, &p->gschema, d) != 0)
		return -1;
	sort_rows(p->groups.v, p->groups.n, p->keys, p->nkeys, d);
	return 0;
}

/* A role's first column shows the role's other columns where it is
 * empty, wherever it is shown or sorted on. Roles are few, columns may be
 * 100,000: the roles are looked at, not each column. */
static void
fall_back(struct plan *p)
{
	unsigned char *used = xcalloc(p->schema->n + 1, 1);
	struct roles rs;
	size_t i;
	int r;

	for (i = 0; i < p->ncols; i++)
		used[p->cols[i]] = 1;
	for (i = 0; i < p->nkeys; i++)
		used[p->keys[i].col] = 1;
	roles_bind(&rs, p->schema);
	for (r = 0; r < ROLE__COUNT; r++)
		if (rs.col[r][0] >= 0 && used[rs.col[r][0]])
			cursor_fallback(p->cursor, (size_t)rs.col[r][0]);
	free(used);
}

int
plan_open(struct plan *p, const struct options *o, int keep,
    struct diag_sink *d)
{
	memset(p, 0, sizeof *p);
	p->opt = o;
	schema_init(&p->gschema);
	p->cursor = cursor_open(o->filter, o->inputs, o->ninputs, keep, d);
	if (o->plain)
		cursor_plain(p->cursor);
	if (o->simd >= 0)
		cursor_simd(p->cursor, (enum csvs_simd)o->simd);
	p->schema = cursor_schema(p->cursor);
	if (p->schema->n == 0) {
		p->empty = 1;	/* no input had a header: nothing to show */
		return 0;
	}
	if (o->action == ACT_COLUMNS)
		return 0;	/* the schema alone */
	if (o->group_by != NULL) {
		if (count_groups(p, d) != 0)
			return -1;
		p->schema = &p->gschema;
		p->ncols = 2;
		p->cols = xcalloc(2, sizeof *p->cols);
		p->cols[1] = 1;
	} else {
		if ((p->cols = plan_columns(o, p->schema, &p->ncols, d)) ==
		    NULL)
			return -1;
		if (parse_sort(p, p->schema, d) != 0)
			return -1;
		fall_back(p);
	}
	roles_bind(&p->roles, p->schema);
	p->view.schema = p->schema;
	p->view.cols = p->cols;
	p->view.n = p->ncols;
	p->view.roles = &p->roles;
	return 0;
}

void
plan_close(struct plan *p)
{
	cursor_close(p->cursor);
	free(p->cols);
	free(p->keys);
	rowset_free(&p->groups);
	schema_free(&p->gschema);
	memset(p, 0, sizeof *p);
}
