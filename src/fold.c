#include "fold.h"

#include <stdlib.h>
#include <string.h>
#include <unicase.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

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

/* ---- search folding ---- */

/* The search rule of one code point of folded text (fold_search's list):
 * writes what it becomes to out[] (at most 8) and returns how many. */
static int
search_rule(ucs4_t c, int loose, ucs4_t *out)
{
	ucs4_t d[UC_DECOMPOSITION_MAX_LENGTH], e[UC_DECOMPOSITION_MAX_LENGTH];
	int n, i, k;

	switch (c) {
	case 0x2018: case 0x2019: case 0x201B: case 0x2032:
		out[0] = '\'';
		return 1;
	case 0x201C: case 0x201D: case 0x201E: case 0x2033:
		out[0] = '"';
		return 1;
	case 0x0622: case 0x0623: case 0x0625: case 0x0671:
		out[0] = 0x0627;
		return 1;
	case 0x0649:
		out[0] = 0x064A;
		return 1;
	case 0x0629:
		out[0] = 0x0647;
		return 1;
	case 0x0451:
		out[0] = 0x0435;
		return 1;
	case 0x0640:
		return 0;
	case 0x0439: case 0x045E: case 0x0457:	/* й ў ї */
		out[0] = c;
		return 1;
	}
	if (c >= 0x2010 && c <= 0x2015) {
		out[0] = '-';
		return 1;
	}
	if (c >= 0x064B && c <= 0x0652)
		return 0;
	if (c >= 0x80 && uc_is_general_category_withtable(c,
	    UC_CATEGORY_MASK_Zs)) {
		out[0] = ' ';
		return 1;
	}
	if (!loose || c < 0x80)
		goto keep;
	if (uc_combining_class(c) != 0)
		return 0;
	/* The base of the full canonical decomposition, if it has marks. */
	n = uc_canonical_decomposition(c, d);
	if (n <= 0)
		goto keep;
	while ((k = uc_canonical_decomposition(d[0], e)) > 0 &&
	    n - 1 + k <= UC_DECOMPOSITION_MAX_LENGTH) {
		for (i = n - 1; i >= 1; i--)
			d[i + k - 1] = d[i];
		for (i = 0; i < k; i++)
			d[i] = e[i];
		n += k - 1;
	}
	for (i = 0, k = 0; i < n; i++)
		if (uc_combining_class(d[i]) == 0 && k < 8)
			out[k++] = d[i];
	if (k == n)		/* no marks: the letter stays whole */
		goto keep;
	return k;
keep:
	out[0] = c;
	return 1;
}

static void
room(struct foldbuf *fb, size_t n)
{
	if (fb->cap < n) {
		fb->cap = n;
		fb->s = xrealloc(fb->s, fb->cap);
	}
}

void
fold_search(struct foldbuf *out, struct foldbuf *tmp, const char *s,
    size_t n, int loose)
{
	const uint8_t *p, *end;
	ucs4_t c, r[8];
	size_t o = 0;
	int k, i, len;

	fold(tmp, s, n);
	p = (const uint8_t *)tmp->s;
	end = p + tmp->len;
	room(out, tmp->len + 64);
	while (p < end) {
		if (out->cap - o < 40)	/* what one character may become */
			room(out, out->cap * 2);
		if (*p < 0x80) {
			out->s[o++] = (char)*p++;
			continue;
		}
		len = u8_mbtouc(&c, p, (size_t)(end - p));
		if (c == 0xFFFD && !(len == 3 && p[0] == 0xEF && p[1] == 0xBF &&
		    p[2] == 0xBD)) {
			/* invalid UTF-8: the bytes as they are */
			memcpy(out->s + o, p, (size_t)len);
			o += (size_t)len;
			p += len;
			continue;
		}
		p += len;
		k = search_rule(c, loose, r);
		for (i = 0; i < k; i++)
			o += (size_t)u8_uctomb((uint8_t *)out->s + o, r[i], 6);
	}
	out->s[o] = '\0';
	out->len = o;
}

int
fold_search_uc(unsigned cp, int loose, char out[16])
{
	struct foldbuf a = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	uint8_t u[6];
	int n = u8_uctomb(u, (ucs4_t)cp, sizeof u), r = -1;

	if (n > 0) {
		fold_search(&a, &b, (const char *)u, (size_t)n, loose);
		if (a.len < 16) {
			memcpy(out, a.s, a.len);
			r = (int)a.len;
		}
	}
	foldbuf_free(&a);
	foldbuf_free(&b);
	return r;
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
