#define _GNU_SOURCE		/* mremap, MADV_HUGEPAGE */
#include "bigalloc.h"

#include <stdint.h>
#include <sys/mman.h>

#include "xalloc.h"

#define PAGE	(4096u)
#define HUGE	(2u << 20)	/* below this, huge pages would only waste */

static size_t
mapped(size_t n)
{
	if (n > SIZE_MAX - HUGE)
		xalloc_fail();
	return (n + PAGE - 1) / PAGE * PAGE;
}

static void
advise(void *p, size_t len)
{
#ifdef MADV_HUGEPAGE
	if (len >= 2 * HUGE)
		(void)madvise(p, len, MADV_HUGEPAGE);	/* a hint only */
#else
	(void)p, (void)len;
#endif
}

void *
big_alloc(size_t n)
{
	size_t len;
	void *p;

	if (n == 0)
		return NULL;
	len = mapped(n);
	p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
	    -1, 0);
	if (p == MAP_FAILED)
		xalloc_fail();
	advise(p, len);
	return p;
}

void *
big_realloc(void *p, size_t old, size_t n)
{
	size_t was, len;
	void *q;

	if (p == NULL)
		return big_alloc(n);
	if (n == 0) {
		big_free(p, old);
		return NULL;
	}
	was = mapped(old);
	len = mapped(n);
	if (len == was)
		return p;
	q = mremap(p, was, len, MREMAP_MAYMOVE);
	if (q == MAP_FAILED)
		xalloc_fail();
	advise(q, len);
	return q;
}

void
big_free(void *p, size_t n)
{
	if (p != NULL)
		munmap(p, mapped(n));
}
