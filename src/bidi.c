#include "bidi.h"

#include <fribidi.h>
#include <stdlib.h>
#include <unistr.h>

#include "xalloc.h"

/* Decodes UTF-8 into code points; returns how many. */
static size_t
decode(const char *s, size_t n, FriBidiChar *out)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t k = 0;
	ucs4_t uc;
	int len;

	while (p < end) {
		len = u8_mbtouc(&uc, p, (size_t)(end - p));
		out[k++] = uc;
		p += len > 0 ? len : 1;
	}
	return k;
}

int
bidi_has_rtl(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	ucs4_t uc;
	int len;

	while (p < end) {
		if (*p < 0x80) {	/* ASCII is never right-to-left */
			p++;
			continue;
		}
		len = u8_mbtouc(&uc, p, (size_t)(end - p));
		if (FRIBIDI_IS_LETTER(fribidi_get_bidi_type(uc)) &&
		    FRIBIDI_IS_RTL(fribidi_get_bidi_type(uc)))
			return 1;
		p += len > 0 ? len : 1;
	}
	return 0;
}

char *
bidi_visual(const char *s, size_t n, size_t *outlen)
{
	FriBidiChar *logical = xcalloc(n + 1, sizeof *logical);
	FriBidiChar *visual = xcalloc(n + 1, sizeof *visual);
	FriBidiParType dir = FRIBIDI_PAR_ON;
	char *out = xmalloc(n * 4 + 1);
	size_t k = decode(s, n, logical), i, len = 0;

	if (k > 0 && fribidi_log2vis(logical, (FriBidiStrIndex)k, &dir,
	    visual, NULL, NULL, NULL) == 0) {
		for (i = 0; i < k; i++)		/* failed: keep logical order */
			visual[i] = logical[i];
	}
	for (i = 0; i < k; i++) {
		int w = u8_uctomb((uint8_t *)out + len, visual[i], 4);

		len += w > 0 ? (size_t)w : 0;
	}
	out[len] = '\0';
	*outlen = len;
	free(logical);
	free(visual);
	return out;
}
