/* Sorting rows by columns: "-" before a name sorts it descending. Date
 * columns sort chronologically by the start of their interval, with undated
 * rows last either way; other columns in natural, case-folded order. The
 * sort is stable. */
#ifndef CITEQ_SORT_H
#define CITEQ_SORT_H

#include <stddef.h>

#include "diag.h"
#include "record.h"

struct buf;

struct sort_key {
	size_t col;
	int desc;
	int date;
};

/* Parses LIST against a schema into *keys (free() it); -1 with err set if
 * a column is unknown or the list is malformed. */
int sort_parse(const char *list, const struct schema *, struct sort_key **keys,
    size_t *nkeys, char *err, size_t errlen);
void sort_rows(struct record **rows, size_t n, const struct sort_key *keys,
    size_t nkeys, struct diag_sink *);
/* Sorting rows as they come, by their keys alone: sorter_add() reads the
 * keys of a row (the row itself need not be kept); sorter_order() gives
 * the sorted order of the rows added, as indices into the order added. */
struct sorter;
struct sorter *sorter_new(const struct sort_key *, size_t nkeys);
/* r may be NULL for a row that could not be read (it sorts as empty). */
void sorter_add(struct sorter *, const struct record *r,
    struct diag_sink *);
/* Valid until the sorter is freed; *n gets the number of rows. */
const size_t *sorter_order(struct sorter *, size_t *n);
void sorter_free(struct sorter *);
/* Roughly how much memory the rows added take, sorting included. */
size_t sorter_bytes(const struct sorter *);
/* The keys of row i (in the order added) appended to b in a flat form,
 * for rows sorted in runs outside memory; sort_cmp_flat() compares two
 * such as sorter_order() orders rows (0 for equal keys: the caller keeps
 * the order in which they came). */
void sorter_flat(const struct sorter *, size_t i, struct buf *b);
int sort_cmp_flat(const struct sort_key *, size_t nkeys, const char *a,
    const char *b);
/* Sorts idx[0, n), indices of rows that get(arg, i) returns (each read
 * once, valid until the next call). */
void sort_index(size_t *idx, size_t n, const struct sort_key *keys,
    size_t nkeys, const struct record *(*get)(void *, size_t), void *arg,
    struct diag_sink *);

#endif
