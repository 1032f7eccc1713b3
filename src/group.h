/* Frequency tables (--group-by): how many rows hold each value of a
 * column, or of the year of a date column; most frequent first. A column
 * of ";" lists (authors: see role_is_list) counts each item: how many rows
 * list it. */
#ifndef CITEQ_GROUP_H
#define CITEQ_GROUP_H

#include "diag.h"
#include "record.h"

struct group;

/* What a date column is counted by: its values as they are, or the year
 * that starts each date; by month (or day), the month (day) of a date
 * that precise, the year of one less so. */
enum group_unit { GROUP_VALUE, GROUP_YEAR, GROUP_MONTH, GROUP_DAY };

/* Counts the values of column col of schema s, or its dates by unit; in
 * a column of lists, their items (trimmed; a row with none counts as
 * empty). */
struct group *group_new(const struct schema *s, size_t col, int unit);
void group_add(struct group *, const struct record *, struct diag_sink *);
/* Does row r count for the value s[0, n) (as group_add() would count
 * it)? */
int group_row_has(const struct group *, const struct record *r,
    const char *s, size_t n);
/* The table as rows of (value, count) under the column names (name,
 * "count"), most frequent first, ties in natural order of the value. The
 * count column is marked COLUMN_NUMBER | COLUMN_COUNT, the value column
 * COLUMN_EMPTY_VALUE (the empty value is the rows without one). */
void group_result(struct group *, const char *name, struct schema *,
    struct rowset *);
void group_free(struct group *);

#endif
