/* A cursor over the rows of several inputs that pass a filter: it opens
 * the inputs, reads their headers into one schema (the first file's columns,
 * then new ones of the others), and hands out matching rows in schema order,
 * each with a reference that reads it again later. */
#ifndef CITEQ_CURSOR_H
#define CITEQ_CURSOR_H

#include <stddef.h>

#include "csvread.h"
#include "diag.h"
#include "filter.h"
#include "record.h"

/* An input: a path, "-" for standard input, or NULL for the built-in data. */
struct input {
	const char *path;
};

/* Where a row is: which input, and where in it. */
struct rowref {
	size_t input;
	struct csvr_span span;
};

struct cursor;

/* Opens every input and reads its header; an input that cannot be read, or
 * lacks a column the filter needs, is reported to diag and skipped. With
 * keep, piped input is kept so that cursor_fetch() works on it. */
struct cursor *cursor_open(struct filter *, const struct input *, size_t n,
    int keep, struct diag_sink *);
void cursor_close(struct cursor *);

/* The schema of all inputs; empty when none had a header. */
const struct schema *cursor_schema(const struct cursor *);
/* The next matching row (valid until the next call); ref may be NULL.
 * Returns 1, or 0 at the end. */
int cursor_next(struct cursor *, struct record *row, struct rowref *ref);
/* Reads a row again (valid until the next fetch). 0, or -1 reported. */
int cursor_fetch(struct cursor *, const struct rowref *, struct record *row);
/* The bytes of the row cursor_next() returned last (valid until the next
 * call), and a row made again from a copy of them (valid until the next
 * fetch or parse). 0, or -1 reported. */
const char *cursor_bytes(const struct cursor *, size_t *len);
int cursor_parse(struct cursor *, const struct rowref *, const char *bytes,
    struct record *row);

/* The fast path on its own, for another thread: the row at ref from a
 * copy of its bytes, split with sp's memory (valid until sp's next use).
 * 0, or -1 when the fast path does not take the row (or is off), for
 * cursor_parse() to read on the cursor's thread. The cursor is only read. */
struct splitter;
struct splitter *cursor_splitter(const struct cursor *);
void splitter_free(struct splitter *);
int cursor_split(const struct cursor *, struct splitter *sp,
    const struct rowref *, const char *bytes, struct record *row);

/* From now on the rows of cursor_next() need hold only these schema
 * columns (and those the filter reads); the others may be empty, and
 * the fast path does not copy them out (-c, -G, the keys of -S). */
void cursor_want(struct cursor *, const size_t *cols, size_t n);
/* Turns the fast path off: libcsv parses every row (CITEQ_PLAIN=1; the
 * differential test compares the two). Call before cursor_next(). */
void cursor_plain(struct cursor *);
/* Is the fast path on? */
int cursor_fast(const struct cursor *);

/* The name an input goes by in messages. */
const char *input_name(const struct input *);

#endif
