#include "bidi.h"

#include <fribidi.h>
#include <stdlib.h>
#include <string.h>
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
bidi_visual_marked(const char *s, size_t n, const unsigned char *mark,
    size_t *outlen, unsigned char **vmark)
{
	FriBidiChar *logical = xcalloc(n + 1, sizeof *logical);
	FriBidiChar *visual = xcalloc(n + 1, sizeof *visual);
	FriBidiStrIndex *v2l = xcalloc(n + 1, sizeof *v2l);
	unsigned char *lmark = xcalloc(n + 1, 1);
	FriBidiParType dir = FRIBIDI_PAR_ON;
	char *out = xmalloc(n * 4 + 1);
	size_t k = decode(s, n, logical), i, len = 0, at = 0;

	/* each character's mark: its first byte's */
	for (i = 0; mark != NULL && i < k; i++) {
		ucs4_t uc;
		int w = u8_mbtouc(&uc, (const uint8_t *)s + at, n - at);

		lmark[i] = mark[at];
		at += w > 0 ? (size_t)w : 1;	/* as decode() goes */
	}
	if (vmark != NULL)
		*vmark = xmalloc(n * 4 + 1);
	if (k > 0 && fribidi_log2vis(logical, (FriBidiStrIndex)k, &dir,
	    visual, NULL, v2l, NULL) == 0) {
		for (i = 0; i < k; i++) {	/* failed: keep logical order */
			visual[i] = logical[i];
			v2l[i] = (FriBidiStrIndex)i;
		}
	}
	for (i = 0; i < k; i++) {
		int w = u8_uctomb((uint8_t *)out + len, visual[i], 4);
		size_t from = v2l[i] >= 0 && (size_t)v2l[i] < k ?
		    (size_t)v2l[i] : i;

		if (w > 0 && vmark != NULL)
			memset(*vmark + len, lmark[from], (size_t)w);
		len += w > 0 ? (size_t)w : 0;
	}
	out[len] = '\0';
	*outlen = len;
	free(logical);
	free(visual);
	free(v2l);
	free(lmark);
	return out;
}

char *
bidi_visual(const char *s, size_t n, size_t *outlen)
{
	return bidi_visual_marked(s, n, NULL, outlen, NULL);
}
