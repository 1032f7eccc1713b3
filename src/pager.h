/* The interactive pager (ncursesw): the only part of citeq that uses
 * curses. It views a query plan; it does not build one. */
#ifndef CITEQ_PAGER_H
#define CITEQ_PAGER_H

#include <stddef.h>

#include "diag.h"
#include "plan.h"

struct pager_opts {
	int only_if_long;	/* --pager=auto: page only a table taller
				   than the screen, else print it */
	int bidi;		/* start with right-to-left text reordered */
};

/* Pages the plan's rows (opened with keep). Returns as query_run() does:
 * the number of rows (or groups); messages go to diag, held back while
 * the screen is in use and passed on unchanged after. */
long pager_run(const struct plan *, const struct pager_opts *,
    struct diag_sink *);

#endif
