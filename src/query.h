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
	struct table_opts table;
};

/* Runs the query; errors go to diag. Returns the number of rows that
 * matched (groups with -G), or -1 when the query could not start (a
 * column named by an option does not exist). Stops early, quietly, when
 * the output fails (see out->err). */
long query_run(const struct query *, const struct input *, size_t ninputs,
    struct out *, struct diag_sink *);

#endif
