/* Frequency tables (--group-by): how many rows hold each value of a
 * column, or of the year of a date column; most frequent first. */
#ifndef CITEQ_GROUP_H
#define CITEQ_GROUP_H

#include "diag.h"
#include "record.h"

struct group;

/* Counts the values of column col; with by_year, the year that starts the
 * date in that column. */
struct group *group_new(size_t col, int by_year);
void group_add(struct group *, const struct record *, struct diag_sink *);
/* The table as rows of (value, count) under the column names (name,
 * "count"), most frequent first, ties in natural order of the value. The
 * count column is marked COLUMN_NUMBER | COLUMN_COUNT, the value column
 * COLUMN_EMPTY_VALUE (the empty value is the rows without one). */
void group_result(struct group *, const char *name, struct schema *,
    struct rowset *);
void group_free(struct group *);

#endif
