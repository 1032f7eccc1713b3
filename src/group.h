/* Frequency tables (--group-by): how many rows hold each value of a
 * column, or of the year of a date column; most frequent first. A column
 * of ";" lists (authors: see role_is_list) counts each item: how many rows
 * list it. */
#ifndef CITEQ_GROUP_H
#define CITEQ_GROUP_H

#include "diag.h"
#include "record.h"

struct group;

/* Counts the values of column col of schema s; with by_year, the year
 * that starts the date in that column; in a column of lists, their items
 * (trimmed; a row with none counts as empty). */
struct group *group_new(const struct schema *s, size_t col, int by_year);
void group_add(struct group *, const struct record *, struct diag_sink *);
/* The table as rows of (value, count) under the column names (name,
 * "count"), most frequent first, ties in natural order of the value. The
 * count column is marked COLUMN_NUMBER | COLUMN_COUNT, the value column
 * COLUMN_EMPTY_VALUE (the empty value is the rows without one). */
void group_result(struct group *, const char *name, struct schema *,
    struct rowset *);
void group_free(struct group *);

#endif
