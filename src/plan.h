/* The query plan: built once from the options and the inputs, then printed
 * (query.c) or viewed (the pager). It holds the open inputs, the schema
 * and its roles, the filter bound to the schema, the columns to show, the
 * sort keys, the -G rows, and the table's colour and width. */
#ifndef CITEQ_PLAN_H
#define CITEQ_PLAN_H

#include <stddef.h>

#include "cursor.h"
#include "diag.h"
#include "options.h"
#include "out.h"
#include "roles.h"
#include "sort.h"

struct plan {
	const struct options *opt;
	struct cursor *cursor;		/* the matching rows */
	const struct schema *schema;	/* the cursor's, or the groups' */
	struct roles roles;
	int empty;			/* no input had a header */

	size_t *cols, ncols;		/* the columns to show */
	struct view view;		/* cols over schema, with roles */
	struct sort_key *keys;		/* -S, or NULL */
	size_t nkeys;

	/* -G: the frequency table, read from the cursor when the plan is
	 * made, sorted by -S if given. */
	int grouped;
	struct schema gschema;		/* (FIELD, count) */
	struct rowset groups;
};

/* Builds the plan: opens the inputs (keeping piped input when keep is set,
 * so that the pager can read rows again), resolves -F, -S and -G against
 * the schema, and with -G counts the rows. 0, or -1 when a column named by
 * an option does not exist (reported); the plan must be closed either way. */
int plan_open(struct plan *, const struct options *, int keep,
    struct diag_sink *);
void plan_close(struct plan *);

/* The columns to print for a schema: -F, or the table's default (id,
 * date, lang, author, title, source where they exist), or all. NULL if -F
 * names a column that does not exist (reported). */
size_t *plan_columns(const struct options *, const struct schema *,
    size_t *n, struct diag_sink *);

#endif
