#include "fold.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <uninorm.h>

#include "xalloc.h"

static void
fold_ascii(struct foldbuf *fb, const char *s, size_t n)
{
	size_t i;

	if (fb->cap < n + 1) {
		fb->cap = n + 1;
		fb->s = xrealloc(fb->s, fb->cap);
	}
	for (i = 0; i < n; i++) {
		char c = s[i];
		fb->s[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
	}
	fb->s[n] = '\0';
	fb->len = n;
}

void
fold(struct foldbuf *fb, const char *s, size_t n)
{
	uint8_t *res;
	size_t len, i;

	/* ASCII folds to lower case and is already NFC. */
	for (i = 0; i < n && (unsigned char)s[i] < 0x80; i++)
		;
	if (i == n) {
		fold_ascii(fb, s, n);
		return;
	}
	if (fb->cap < 256) {
		fb->cap = 256;
		fb->s = xrealloc(fb->s, fb->cap);
	}
	len = fb->cap - 1;	/* room for the NUL */
	res = u8_casefold((const uint8_t *)s, n, NULL, UNINORM_NFC,
	    (uint8_t *)fb->s, &len);
	if (res == NULL) {
		/* EILSEQ: invalid UTF-8 */
		fold_ascii(fb, s, n);
		return;
	}
	if (res != (uint8_t *)fb->s) {
		/* The result did not fit: adopt libunistring's buffer. */
		free(fb->s);
		fb->s = xrealloc(res, len + 1);
		fb->cap = len + 1;
	}
	fb->s[len] = '\0';
	fb->len = len;
}

char *
fold_dup(const char *s, size_t n, size_t *len)
{
	struct foldbuf fb = { NULL, 0, 0 };

	fold(&fb, s, n);
	*len = fb.len;
	return fb.s;
}

void
foldbuf_free(struct foldbuf *fb)
{
	free(fb->s);
	fb->s = NULL;
	fb->len = fb->cap = 0;
}

int
fold_contains(const char *hay, size_t hn, const char *needle, size_t nn)
{
	const char *p, *end;

	if (nn == 0)
		return 1;
	if (nn > hn)
		return 0;
	end = hay + hn - nn;
	for (p = hay; p <= end; p++) {
		p = memchr(p, needle[0], (size_t)(end - p) + 1);
		if (p == NULL)
			return 0;
		if (memcmp(p, needle, nn) == 0)
			return 1;
	}
	return 0;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int
natural_cmp(const char *a, size_t an, const char *b, size_t bn)
{
	size_t i = 0, j = 0;

	while (i < an && j < bn) {
		if (is_digit(a[i]) && is_digit(b[j])) {
			size_t si, sj, li, lj;
			int c;

			while (i < an && a[i] == '0' && i + 1 < an &&
			    is_digit(a[i + 1]))
				i++;
			while (j < bn && b[j] == '0' && j + 1 < bn &&
			    is_digit(b[j + 1]))
				j++;
			for (si = i; i < an && is_digit(a[i]); i++)
				;
			for (sj = j; j < bn && is_digit(b[j]); j++)
				;
			li = i - si;
			lj = j - sj;
			if (li != lj)
				return li < lj ? -1 : 1;
			if ((c = memcmp(a + si, b + sj, li)) != 0)
				return c < 0 ? -1 : 1;
			continue;
		}
		if (a[i] != b[j])
			return (unsigned char)a[i] < (unsigned char)b[j] ?
			    -1 : 1;
		i++;
		j++;
	}
	if (an - i != bn - j)
		return an - i < bn - j ? -1 : 1;
	return 0;
}
