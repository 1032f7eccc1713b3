/* A query: read inputs, keep the rows that pass the filter, and print them
 * (or their count, or a frequency table) in one format. */
#ifndef CITEQ_QUERY_H
#define CITEQ_QUERY_H

#include <stddef.h>

#include "cursor.h"
#include "diag.h"
#include "filter.h"
#include "out.h"

struct query {
	struct filter *filter;
	enum format format;
	const char *fields;		/* -F list, or NULL */
	const char *sort;		/* -S list, or NULL */
	const char *group_by;		/* -G column, or NULL */
	enum date_field date_field;	/* for -G year */
	int count;			/* -c */
	int plain;			/* CITEQ_PLAIN: no fast path */
	struct table_opts table;
};

/* Runs the query; errors go to diag. Returns the number of rows that
 * matched (groups with -G), or -1 when the query could not start (a
 * column named by an option does not exist). Stops early, quietly, when
 * the output fails (see out->err). */
long query_run(const struct query *, const struct input *, size_t ninputs,
    struct out *, struct diag_sink *);

/* --columns: which column serves each role (role, columns), in the
 * query's format. Returns how many roles are served. */
long query_columns(const struct query *, const struct input *, size_t,
    struct out *, struct diag_sink *);

/* The columns to print: -F, or the table's default (id, date, lang,
 * author, title, source where they exist), or all. NULL if -F names a column
 * that does not exist (reported). */
size_t *query_view(const struct query *, const struct schema *, size_t *n,
    struct diag_sink *);
/* The frequency table of -G over the cursor's rows, sorted by -S if given:
 * its schema (FIELD, count) and rows. 0, or -1 (reported). */
int query_groups(const struct query *, struct cursor *, struct schema *,
    struct rowset *, struct diag_sink *);

#endif
