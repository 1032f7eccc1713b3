/* Printing a query plan (plan.h): the matching rows in one format, their
 * count, or the frequency table; and --columns. */
#ifndef CITEQ_QUERY_H
#define CITEQ_QUERY_H

#include "diag.h"
#include "out.h"
#include "plan.h"

/* Prints the plan's rows; errors go to diag. Returns the number of rows
 * that matched (groups with -G). Stops early, quietly, when the output
 * fails (see out->err). */
long query_run(struct plan *, struct out *, struct diag_sink *);

/* --columns: which column serves each role (role, columns), in the plan's
 * format. Returns how many roles are served. */
long query_columns(struct plan *, struct out *);

#endif
