/* Large arrays that grow (the rows and keys -S keeps): mapped memory that
 * grows by mremap() without copying, in transparent huge pages where the
 * kernel offers them on request (Debian's default is "madvise"). A million
 * rows touch some 300 MB; in 4 KB pages that is 75,000 page faults, which
 * took a sixth of a sort's time. Failure is xalloc_fail(), as for xmalloc. */
#ifndef CITEQ_BIGALLOC_H
#define CITEQ_BIGALLOC_H

#include <stddef.h>

/* n bytes, zeroed (NULL for 0). */
void *big_alloc(size_t n);
/* p (of old bytes, from big_alloc or NULL) grown or shrunk to n; what it
 * gains is zeroed. */
void *big_realloc(void *p, size_t old, size_t n);
void big_free(void *p, size_t n);

#endif
