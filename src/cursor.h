/* A cursor over the rows of several inputs that pass a filter: it opens
 * the inputs (input.h), reads their headers into one schema (decode.h),
 * and hands out matching rows in schema order, each with a reference that
 * reads it again later. */
#ifndef CITEQ_CURSOR_H
#define CITEQ_CURSOR_H

#include <stddef.h>

#include "decode.h"
#include "diag.h"
#include "filter.h"
#include "input.h"
#include "record.h"

struct cursor;

/* Opens every input and reads its header; an input that cannot be read, or
 * lacks a column the filter needs, is reported to diag and skipped. With
 * keep, piped input is kept so that rows can be read again. */
struct cursor *cursor_open(struct filter *, const struct input *, size_t n,
    int keep, struct diag_sink *);
void cursor_close(struct cursor *);

/* The schema of all inputs; empty when none had a header. */
const struct schema *cursor_schema(const struct cursor *);
/* What turns the inputs' records into rows, to read rows again. */
struct decoder *cursor_decoder(const struct cursor *);
/* The next matching row (valid until the next call); ref may be NULL.
 * Returns 1, or 0 at the end; after cursor_nowait(), -1 when an input
 * has nothing to read at the moment (ask again later). */
int cursor_next(struct cursor *, struct record *row, struct rowref *ref);
/* From now on cursor_next() does not wait for a pipe (csvr_nowait). */
void cursor_nowait(struct cursor *);
/* The bytes of the row cursor_next() returned last (valid until the next
 * call). */
const char *cursor_bytes(const struct cursor *, size_t *len);
/* How many fields the reader found in the row cursor_next() returned
 * last (csvr_last_fields()), for decoder_split(). */
long cursor_fields(const struct cursor *);
/* Reads a row again (valid until the next fetch). 0, or -1 reported. */
int cursor_fetch(struct cursor *, const struct rowref *, struct record *row);

/* From now on the rows of cursor_next() need hold only these schema
 * columns (and those the filter reads); the others may be empty, and
 * the fast path does not copy them out (-c, -G, the keys of -S). */
void cursor_want(struct cursor *, const size_t *cols, size_t n);
/* Column col, where it is the first column of a role that others serve
 * too, takes their value where it is empty (decoder_fallback). Call
 * before cursor_want() and cursor_next(). */
void cursor_fallback(struct cursor *, size_t col);
/* Turns the fast path off: libcsv parses every row (CITEQ_PLAIN=1; the
 * differential test compares the two). Call before cursor_next(). */
void cursor_plain(struct cursor *);
/* Whether an input may keep cursor_next() waiting (a pipe or a
 * terminal): then each row is best printed as it comes. */
int cursor_may_wait(const struct cursor *);
/* The widest instructions the inputs' scans and splits may use
 * (CITEQ_SIMD). */
void cursor_simd(struct cursor *, enum csvs_simd);

#endif
