#include "display.h"

#include <stdlib.h>
#include <string.h>
#include <unistr.h>
#include <uniwidth.h>

#include "xalloc.h"

#define NO_LIMIT	((size_t)-1)

void
buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->cap - b->len < n + 1) {
		while (b->cap - b->len < n + 1)
			b->cap = b->cap ? b->cap * 2 : 256;
		b->s = xrealloc(b->s, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void
buf_addc(struct buf *b, char c)
{
	buf_add(b, &c, 1);
}

void
buf_adds(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_pad(struct buf *b, size_t n)
{
	while (n-- > 0)
		buf_addc(b, ' ');
}

void
buf_free(struct buf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

static int
is_bidi_control(ucs4_t c)
{
	return c == 0x061C || c == 0x200E || c == 0x200F ||
	    (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

/* The character to show for uc, and its width. */
static ucs4_t
safe_char(ucs4_t uc, int *width)
{
	int w;

	if (uc < 0x20) {
		*width = 1;
		return 0x2400 + uc;	/* CONTROL PICTURES: ␛ for ESC */
	}
	if (uc == 0x7F) {
		*width = 1;
		return 0x2421;		/* ␡ */
	}
	if ((uc >= 0x80 && uc <= 0x9F) || is_bidi_control(uc) ||
	    uc == 0x2028 || uc == 0x2029) {
		*width = 1;
		return 0xFFFD;
	}
	w = uc_width(uc, "UTF-8");
	if (w < 0) {
		*width = 1;
		return 0xFFFD;
	}
	*width = w;
	return uc;
}

/* Walks s, appending safe characters to b (when b is not NULL) while they
 * fit in maxw columns. Returns the width of what was (or would be) added;
 * *cut is set when characters were left out. */
static size_t
walk(struct buf *b, const char *s, size_t n, size_t maxw, int *cut)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t width = 0;
	uint8_t enc[6];
	ucs4_t uc;
	int len, w;

	*cut = 0;
	while (p < end) {
		len = u8_mbtouc(&uc, p, (size_t)(end - p));
		if (uc == 0xFFFD && !(len == 3 && memcmp(p, "\xEF\xBF\xBD",
		    3) == 0))
			len = 1;	/* an invalid byte: one U+FFFD each */
		uc = safe_char(uc, &w);
		if (maxw != NO_LIMIT && width + (size_t)w > maxw) {
			*cut = 1;
			break;
		}
		width += (size_t)w;
		if (b != NULL) {
			int k = u8_uctomb(enc, uc, sizeof enc);
			buf_add(b, (const char *)enc, (size_t)(k > 0 ? k : 0));
		}
		p += len;
	}
	return width;
}

size_t
display_width(const char *s, size_t n)
{
	int cut;

	return walk(NULL, s, n, NO_LIMIT, &cut);
}

size_t
display_cell(struct buf *b, const char *s, size_t n, size_t maxw)
{
	size_t w;
	int cut;

	if (display_width(s, n) <= maxw)
		return walk(b, s, n, NO_LIMIT, &cut);
	if (maxw == 0)
		return 0;
	w = walk(b, s, n, maxw - 1, &cut);
	buf_adds(b, "\xE2\x80\xA6");	/* … */
	return w + 1;
}

void
display_safe(struct buf *b, const char *s, size_t n)
{
	int cut;

	walk(b, s, n, NO_LIMIT, &cut);
}
