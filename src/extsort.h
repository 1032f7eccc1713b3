/* Sorting rows of any number within a memory budget: each row's sort keys
 * (sort.h), where it is (its rowref) and a copy of its bytes are kept in
 * memory until they would take more than the budget; then they are sorted
 * and written out as a run to a nameless temporary file (tmpfiles.h), and
 * the runs are merged, as GNU sort does. Rows with equal keys keep the
 * order in which they came, so the order is the in-memory sort's, row for
 * row. */
#ifndef CITEQ_EXTSORT_H
#define CITEQ_EXTSORT_H

#include <stddef.h>

#include "decode.h"
#include "diag.h"
#include "record.h"
#include "sort.h"

struct extsort;

/* budget in bytes (0: extsort_default_budget()); temporary files go in
 * tmpdir. The keys must outlive the sorter. */
struct extsort *extsort_new(const struct sort_key *, size_t nkeys,
    size_t budget, const char *tmpdir);
void extsort_free(struct extsort *);

/* A row: r holds its key columns; ref, bytes[0, len) and fields (the
 * reader's count of its fields, or -2: decoder_split()) are kept: a copy
 * of the bytes, or where resident is not NULL, the same bytes there,
 * which outlive the sorter. 0, or -1 reported (a temporary file could not
 * be made or written). */
int extsort_add(struct extsort *, const struct record *r,
    const struct rowref *ref, const char *bytes, size_t len, long fields,
    const char *resident, struct diag_sink *);
/* The memory budget in bytes. */
size_t extsort_budget(const struct extsort *);
/* After the last row: 0 when every row stayed in memory: there are *n of
 * them, and extsort_row(sorter, i, ...) gives row i in sorted order, from
 * any thread; 1 when runs were written: extsort_next() gives the rows in
 * order; -1 reported. */
int extsort_finish(struct extsort *, size_t *n, struct diag_sink *);
void extsort_row(const struct extsort *, size_t i, struct rowref *ref,
    const char **bytes, long *fields);
/* The next row in order (its bytes valid until the next call): 1, 0 at
 * the end, or -1 reported. */
int extsort_next(struct extsort *, struct rowref *ref, const char **bytes,
    long *fields, struct diag_sink *);
/* How many runs were written (0 when the rows fit in memory). */
size_t extsort_runs(const struct extsort *);

/* A size as GNU sort's --buffer-size takes it: a number and a suffix b
 * (bytes), K (the default), M, G or T (powers of 1024) or % (of physical
 * memory). 0, or -1 when it is not one or does not fit. */
int extsort_parse_size(const char *s, size_t *size);
/* The default budget: an eighth of physical memory, as GNU sort's lower
 * bound, and no more than half of the memory available now. */
size_t extsort_default_budget(void);

#endif
