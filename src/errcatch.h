/* What a library writes on stderr, caught in memory. btparse and bibutils
 * print their warnings and errors there and offer no way to take them;
 * the readers catch them while the library reads and tell them as citeq's
 * own (FILE:LINE: what), through the diagnostics sink, once the catching
 * has ended (the sink itself may print on stderr).
 *
 * This swaps the process's stderr: only the thread that opens the inputs
 * uses it, before any other thread starts. */
#ifndef CITEQ_ERRCATCH_H
#define CITEQ_ERRCATCH_H

#include <stddef.h>
#include <stdio.h>

struct errcatch {
	FILE *saved, *mem;	/* mem NULL: nothing is caught */
	char *text;		/* what was written: NUL-terminated, or NULL */
	size_t len;
};

/* From now on what is written on stderr is kept. */
void errcatch_begin(struct errcatch *);
/* Puts stderr back; text holds what was written meanwhile. */
void errcatch_end(struct errcatch *);
/* Frees the text. */
void errcatch_free(struct errcatch *);

#endif
