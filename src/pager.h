/* The interactive pager (ncursesw): the only part of citeq that uses
 * curses. */
#ifndef CITEQ_PAGER_H
#define CITEQ_PAGER_H

#include <stddef.h>

#include "diag.h"
#include "query.h"

struct pager_opts {
	int only_if_long;	/* --pager=auto: page only a table taller
				   than the screen, else print it */
	int bidi;		/* start with right-to-left text reordered */
	const char *filters;	/* the command line's filters, for the
				   status line */
};

/* Pages the rows of the query. Returns as query_run() does: the number of
 * rows (or groups), or -1 when it could not start; errors go to diag
 * (held back while the screen is in use). */
long pager_run(const struct query *, const struct input *, size_t ninputs,
    const struct pager_opts *, struct diag_sink *);

#endif
