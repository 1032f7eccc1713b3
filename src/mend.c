#include "mend.h"

#include <stdint.h>
#include <string.h>
#include <unistr.h>

#include "xalloc.h"

/* The first byte of s[0, end) that is not UTF-8, or a NUL when nul is set;
 * NULL if none. */
static const uint8_t *
first_bad(const uint8_t *s, const uint8_t *end, int nul)
{
	const uint8_t *bad = u8_check(s, (size_t)(end - s)), *z;

	if (nul && (z = memchr(s, '\0', (size_t)((bad != NULL ? bad : end) -
	    s))) != NULL)
		bad = z;
	return bad;
}

/* How many bytes of s[0, end) are bad. */
static size_t
bad_bytes(const uint8_t *s, const uint8_t *end, int nul)
{
	size_t n = 0;

	while (s < end && (s = first_bad(s, end, nul)) != NULL) {
		s++;
		n++;
	}
	return n;
}

char *
mend_utf8(const char *buf, size_t *len, int nul, const char *name,
    struct diag_sink *d)
{
	const uint8_t *s = (const uint8_t *)buf, *end = s + *len, *bad, *nl,
	    *bol = s;
	unsigned long line = 1;
	char *out;
	size_t n = 0;
	ucs4_t uc;
	int k;

	if ((bad = first_bad(s, end, nul)) == NULL)
		return NULL;
	for (nl = s; (nl = memchr(nl, '\n', (size_t)(bad - nl))) != NULL;
	    bol = ++nl)
		line++;
	diag_warn(d, name, line, "%s at byte %zu of the line: read as U+FFFD",
	    *bad == '\0' ? "a NUL byte" : "not UTF-8", (size_t)(bad - bol) + 1);
	/* each bad byte becomes at most three */
	out = xmalloc(*len + 2 * bad_bytes(bad, end, nul) + 1);
	while (s < end) {
		if ((bad = first_bad(s, end, nul)) == NULL)
			bad = end;
		memcpy(out + n, s, (size_t)(bad - s));
		n += (size_t)(bad - s);
		if ((s = bad) == end)
			break;
		/* a NUL, or the maximal part of a sequence that is not one */
		k = *s == '\0' ? 1 : u8_mbtouc(&uc, s, (size_t)(end - s));
		memcpy(out + n, "\xef\xbf\xbd", 3);
		n += 3;
		s += k > 0 ? k : 1;
	}
	out[n] = '\0';
	*len = n;
	return out;
}
