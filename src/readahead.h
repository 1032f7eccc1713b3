/* Reading ahead on a second thread: a producer finds the records of an
 * input (with the reader's own scan, so lines and errors are the same)
 * and hands them over in batches of about a megabyte, in order; the
 * consumer splits and filters them meanwhile. At most RA_BATCHES batches
 * are in flight, so memory stays bounded whatever the input's size. */
#ifndef CITEQ_READAHEAD_H
#define CITEQ_READAHEAD_H

#include <stdatomic.h>
#include <stddef.h>

#include "csvread.h"

/* The producer's step: the next record (bytes valid until the next call)
 * and its span; at the end CSVR_EOF, or CSVR_ERROR with *err and
 * *errline. */
typedef enum csvr_status (*ra_scan_fn)(void *arg, const char **bytes,
    struct csvr_span *span, const char **err, unsigned long *errline);

struct readahead;

/* Starts the thread; NULL if it cannot be started (scan on this one).
 * ra_stop() sets *halt; a scan that may wait for input looks at it. */
struct readahead *ra_start(ra_scan_fn, void *arg, atomic_int *halt);
/* The next record, as the scan gave it (bytes valid until the next call);
 * after the last, the status the scan ended with, again and again. On
 * CSVR_ERROR, err and errline say what and where. */
enum csvr_status ra_next(struct readahead *, const char **bytes,
    struct csvr_span *span, const char **err, unsigned long *errline);
/* Sets *halt, waits for the thread to stop, and frees it all. */
void ra_stop(struct readahead *);

#endif
