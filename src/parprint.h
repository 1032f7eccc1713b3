/* Printing rows in order in blocks, on every core where that pays: this
 * thread gathers blocks of rows (a fill function: matching rows as they
 * are read, or sorted rows), other threads format blocks into memory
 * where formatting is the larger part of the work, and this thread
 * writes them in order, formatting a block itself when it cannot gather
 * the next. Only for formats whose rows stand alone (CSV, TSV, JSON, JSON
 * Lines) and for rows the fast path splits; any other row is formatted
 * on this thread as it is written, and any other format all on this one. */
#ifndef CITEQ_PARPRINT_H
#define CITEQ_PARPRINT_H

#include <stddef.h>

#include "decode.h"
#include "diag.h"
#include "out.h"

/* A block of rows to print. */
struct par_block;

/* Adds a row to b: where it is, its bytes, how many fields the reader
 * found in it or -2 (decoder_split()); with copy, the bytes are copied
 * (they do not stay put until printed). 1 when b is full. */
int par_block_add(struct par_block *b, const struct rowref *ref,
    const char *bytes, long fields, int copy);

/* Adds a row to b by the values of the columns printed (read with those
 * columns wanted: cursor_want()), which are copied. 1 when b is full. */
int par_block_add_values(struct par_block *b, const struct rowref *ref,
    const struct record *row);

/* Adds the next rows to b (par_block_add() until it is full or there are
 * no more), called on this thread only; 0 when it added none. */
typedef int (*par_fill_fn)(void *arg, struct par_block *b);

/* Prints the rows fill gives with fmt (begin and end too), each decoded
 * from its bytes; rows that cannot be read again are reported and left
 * out. Stops early when o fails. threads: how many threads format (at
 * most four), or 0 to choose: this one alone, or one more for each other
 * core when formatting is the larger part of the work (timed on the
 * first blocks). Returns how many rows fill gave. */
size_t par_print(struct out *, const struct formatter *, const struct view *,
    struct decoder *, struct diag_sink *, unsigned threads, par_fill_fn,
    void *arg);

/* Whether par_print() formats in blocks (on more than one thread where
 * there are cores): for formats whose rows stand alone, with the fast
 * path on. */
int par_worth(const struct formatter *, const struct decoder *);

#endif
