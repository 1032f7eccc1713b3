/* Sorting rows by columns: "-" before a name sorts it descending. Date
 * columns sort chronologically by the start of their interval, with undated
 * rows last either way; other columns in natural, case-folded order. The
 * sort is stable. */
#ifndef CITEQ_SORT_H
#define CITEQ_SORT_H

#include <stddef.h>

#include "diag.h"
#include "record.h"

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
/* Sorts idx[0, n), indices of rows that get(arg, i) returns (each read
 * once, valid until the next call). */
void sort_index(size_t *idx, size_t n, const struct sort_key *keys,
    size_t nkeys, const struct record *(*get)(void *, size_t), void *arg,
    struct diag_sink *);

#endif
