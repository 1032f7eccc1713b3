/* Printing kept rows in a given order on two threads: a second thread
 * formats every other block of rows into memory while this one formats
 * the others, and this one writes them all in order. Only for formats
 * whose rows stand alone (CSV, TSV, JSON, JSON Lines); any other prints
 * on this thread, as does every row the fast path does not take. */
#ifndef CITEQ_PARPRINT_H
#define CITEQ_PARPRINT_H

#include <stddef.h>

#include "decode.h"
#include "diag.h"
#include "out.h"

/* Where row i (in printing order) is: its reference and a copy of its
 * bytes, which stay put while printing. Called from both threads. */
typedef void (*par_row_fn)(const void *arg, size_t i, struct rowref *ref,
    const char **bytes);

/* Prints rows 0..n-1 with fmt (begin and end too), each decoded from its
 * bytes; rows that cannot be read again are reported and left out. */
void par_print(struct out *, const struct formatter *, const struct view *,
    struct decoder *, struct diag_sink *, size_t n, par_row_fn,
    const void *arg);

#endif
