/* A list of rows for browsing, borrowing what it lists: either references
 * into the inputs, loaded a batch at a time from a cursor and read again
 * when shown (memory grows by a reference a row, not by whole rows), or
 * records held in memory. */
#ifndef CITEQ_ROWS_H
#define CITEQ_ROWS_H

#include <stddef.h>

#include "cursor.h"
#include "record.h"

struct rowlist;

/* Rows from a cursor (opened with keep). */
struct rowlist *rowlist_lazy(struct cursor *);
/* Rows held in memory, under their schema. */
struct rowlist *rowlist_mem(const struct rowset *, const struct schema *);
void rowlist_free(struct rowlist *);

const struct schema *rowlist_schema(const struct rowlist *);
/* Rows loaded so far, and whether that is all of them. */
size_t rowlist_count(const struct rowlist *);
int rowlist_complete(const struct rowlist *);
/* How far loading has come through the inputs, from 0 to 1 (by bytes);
 * -1 when that cannot be told (an input of unknown size, or rows in
 * memory). */
double rowlist_done(const struct rowlist *);
/* Loads up to max more rows; returns how many came (after
 * rowlist_nowait(), perhaps none before the end: nothing to read yet). */
size_t rowlist_load(struct rowlist *, size_t max);
/* Loading no longer waits for a pipe that has nothing to read now. */
void rowlist_nowait(struct rowlist *);
/* Every row (before rowlist_nowait()). */
void rowlist_load_all(struct rowlist *);
/* Row i (below rowlist_count()), valid until the next call; NULL if it
 * could not be read again (reported through the cursor's diagnostics). */
const struct record *rowlist_get(struct rowlist *, size_t i);

#endif
