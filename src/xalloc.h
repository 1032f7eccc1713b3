/* Allocation wrappers that never return NULL: on failure they run the
 * registered clean-up (the pager restores the terminal), say so, and exit 2. */
#ifndef CITEQ_XALLOC_H
#define CITEQ_XALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
void *xreallocarray(void *p, size_t n, size_t size);
char *xstrndup(const char *s, size_t n);
char *xstrdup(const char *s);
/* What the wrappers do when memory runs out: the one place that says so
 * and exits 2, for allocations made elsewhere (libcsv's). */
_Noreturn void xalloc_fail(void);

#endif
