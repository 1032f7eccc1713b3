#include "match.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unictype.h>
#include <uninorm.h>
#include <unistr.h>

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "csvsplit.h"		/* CSVS_AVX2, enum csvs_simd */
#include "display.h"
#if CSVS_AVX2
#include <immintrin.h>
#endif
#include "xalloc.h"

/* What one code point of the Basic Multilingual Plane folds to. */
struct entry {
	char s[6];		/* one copy of eight bytes takes it all */
	signed char len;	/* -1: the table cannot tell (see full()) */
	unsigned char ascii;	/* folds to nothing, or to some ASCII */
};

struct matcher {
	int flags;
	enum csvs_simd simd;	/* the scans' path (matcher_simd()) */
	int loose;		/* the needle has no diacritics */
	char *needle;		/* folded */
	size_t nlen;
	int ascii;		/* the folded needle is ASCII */
	/* What is looked for in a record's bytes: the longest part of the
	 * needle without a quote (which the file doubles). */
	const char *piece;
	size_t plen;
	int raw_is_match;	/* finding piece in a CSV record is a match */
	int piece_escaped;	/* piece has what TSV escapes (\t \n \r \\) */

	/* The table, built a block of 256 code points at a time. */
	struct entry *block[256];
	/* The code points that may fold into ASCII or to nothing (odd());
	 * the others fold to something with no ASCII in it, which an ASCII
	 * needle cannot match across. */
	unsigned char odd[0x10000 / 8];
	unsigned char row[0x10000 / 64];	/* odd[] is known there */
	int cyrillic;		/* 0 unknown, 1 clean, 2 not (odd()) */
	int arabic;		/* the same (arabic_clean()) */

	/* What record() found in the bytes ahead of a record (ahead),
	 * for the records after it: the first hit of piece at or after
	 * hit_from, or NULL for none, and the first character that may fold
	 * into ASCII at or after odd_from (first_odd()), or NULL; a from is
	 * NULL when nothing was looked for. */
	struct match_ahead ahead;
	const char *hit_from, *hit_at, *odd_from, *odd_at;

	struct foldbuf fb, tmp;
	pcre2_code *re;
	pcre2_match_data *md;
};

/* ASCII upper case made lower; other bytes as they are. */
static inline unsigned
lower(unsigned b)
{
	return b - 'A' < 26u ? b + 32 : b;
}

/* ---- the table ---- */

/* Is c a character whose fold depends on its neighbours, through NFC
 * composition or the reordering of combining marks? A second element of a
 * canonical composition, or a mark; the harakat are dropped wherever they
 * stand and compose with nothing. (tests/unit/test_match.c checks this
 * against every composition Unicode has.) */
static int
full(ucs4_t c)
{
	static const ucs4_t starters[] = {
		0x09BE, 0x09D7, 0x0B3E, 0x0B56, 0x0B57, 0x0BBE, 0x0BD7, 0x0C56,
		0x0CC2, 0x0CD5, 0x0CD6, 0x0D3E, 0x0D57, 0x0DCF, 0x0DDF, 0x102E,
		0x1B35
	};
	size_t i;

	if (c >= 0x064B && c <= 0x0652)
		return 0;
	if (uc_combining_class(c) != 0)
		return 1;
	if ((c >= 0x1161 && c <= 0x1175) || (c >= 0x11A8 && c <= 0x11C2))
		return 1;	/* Hangul vowels and final consonants */
	for (i = 0; i < sizeof starters / sizeof starters[0]; i++)
		if (c == starters[i])
			return 1;
	return 0;
}

/* Code points that fold to themselves in both modes (checked by a test):
 * CJK ideographs and Hangul syllables, where the table would otherwise
 * fold thousands of characters one by one. */
static int
unchanged(ucs4_t c)
{
	return (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
	    (c >= 0xAC00 && c <= 0xD7A3);
}

static struct entry *
build_block(struct matcher *m, unsigned hi)
{
	struct entry *b = xcalloc(256, sizeof *b);
	unsigned lo;
	int n, i;
	char out[16];

	for (lo = 0; lo < 256; lo++) {
		ucs4_t c = (hi << 8) | lo;
		struct entry *e = &b[lo];

		if (c >= 0xD800 && c <= 0xDFFF) {
			e->len = -1;
			continue;
		}
		if (unchanged(c))
			n = u8_uctomb((uint8_t *)out, c, sizeof out);
		else
			n = fold_search_uc(c, m->loose, out);
		if (n < 0 || n > (int)sizeof e->s || full(c)) {
			e->len = -1;
			continue;
		}
		memcpy(e->s, out, (size_t)n);
		e->len = (signed char)n;
		e->ascii = n == 0;
		for (i = 0; i < n; i++)
			if ((unsigned char)out[i] < 0x80)
				e->ascii = 1;
	}
	return m->block[hi] = b;
}

static const struct entry *
entry(struct matcher *m, ucs4_t c)
{
	const struct entry *b = m->block[c >> 8];

	if (b == NULL)
		b = build_block(m, c >> 8);
	return &b[c & 0xFF];
}

/* Is code point c (of the BMP) one that may fold into ASCII, or to
 * nothing, or that the table cannot fold? A bit a code point, found for
 * 64 of them at a time. */
static int
odd_row(struct matcher *m, unsigned c)
{
	unsigned r = c >> 6, i;

	for (i = 0; i < 64; i++) {
		unsigned cp = r << 6 | i;
		const struct entry *e = entry(m, cp);

		if (e->len < 0 || e->ascii)
			m->odd[cp >> 3] |= (unsigned char)(1u << (cp & 7));
	}
	m->row[r] = 1;
	return (m->odd[c >> 3] >> (c & 7)) & 1;
}

static inline int
odd(struct matcher *m, unsigned c)
{
	if (m->row[c >> 6])
		return (m->odd[c >> 3] >> (c & 7)) & 1;
	return odd_row(m, c);
}

long
matcher_fastfold(struct matcher *m, const char *s, size_t n,
    struct foldbuf *out)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, o = 0;
	char *d;

	/* a character of two or three bytes folds to at most six, and the
	 * last is copied with eight */
	if (out->cap < n * 3 + 16) {
		out->cap = n * 3 + 16;
		out->s = xrealloc(out->s, out->cap);
	}
	d = out->s;
	while (i < n) {
		unsigned b;
		ucs4_t c;
		const struct entry *e;

#if defined(__SSE2__)
		/* sixteen bytes at a time, upper case made lower, kept up to
		 * the first that is not ASCII (the others are written over) */
		if (i + 16 <= n) {
			__m128i x = _mm_loadu_si128((const __m128i *)(const void *)
			    (p + i));
			__m128i up = _mm_and_si128(_mm_cmpgt_epi8(x,
			    _mm_set1_epi8('A' - 1)), _mm_cmplt_epi8(x,
			    _mm_set1_epi8('Z' + 1)));
			unsigned mk = (unsigned)_mm_movemask_epi8(x);
			size_t k = mk == 0 ? 16 : (size_t)__builtin_ctz(mk);

			_mm_storeu_si128((__m128i *)(void *)(d + o),
			    _mm_add_epi8(x, _mm_and_si128(up,
			    _mm_set1_epi8(0x20))));
			i += k;
			o += k;
			if (k > 0)
				continue;
		}
#endif
		b = p[i];
		if (b < 0x80) {
			d[o++] = (char)lower(b);
			i++;
			continue;
		}
		if (b >= 0xC2 && b <= 0xDF && i + 1 < n &&
		    (p[i + 1] & 0xC0) == 0x80) {
			c = (ucs4_t)(b & 0x1F) << 6 | (p[i + 1] & 0x3F);
			i += 2;
		} else if (b >= 0xE0 && b <= 0xEF && i + 2 < n &&
		    (p[i + 1] & 0xC0) == 0x80 && (p[i + 2] & 0xC0) == 0x80) {
			c = (ucs4_t)(b & 0x0F) << 12 |
			    (ucs4_t)(p[i + 1] & 0x3F) << 6 | (p[i + 2] & 0x3F);
			if (c < 0x800)
				return -1;	/* overlong */
			i += 3;
		} else {
			return -1;	/* four bytes, or not UTF-8 */
		}
		e = entry(m, c);
		if (e->len < 0)
			return -1;
		memcpy(d + o, e, 8);	/* the buffer has room */
		o += (size_t)e->len;
	}
	d[o] = '\0';
	out->len = o;
	return (long)o;
}

/* Does s[0, n) hold a character that may fold into ASCII, or to nothing,
 * or that the table cannot fold? */
/* Does every code point from U+0400 to U+047F (the lead bytes 0xD0 and
 * 0xD1: Cyrillic) fold to something without ASCII? */
static int
cyrillic_clean(struct matcher *m)
{
	unsigned c;

	if (m->cyrillic == 0) {
		m->cyrillic = 1;
		for (c = 0x400; c < 0x480; c++)
			if (odd(m, c))
				m->cyrillic = 2;
	}
	return m->cyrillic == 1;
}

/* The Arabic marks, tatweel and harakat of U+0600 to U+06FF (by lead
 * byte 0xD8 to 0xDB and second byte), which fold to nothing or compose:
 * "soft" characters. */
static int
arabic_soft(unsigned c)
{
	return (c >= 0x0610 && c <= 0x061A) || c == 0x0640 ||
	    (c >= 0x064B && c <= 0x065F) || c == 0x0670 ||
	    (c >= 0x06D6 && c <= 0x06ED);
}

/* Arabic (U+0600 to U+06FF) is clean when every other code point there
 * folds to something without ASCII, and each soft one to nothing or to
 * something without ASCII: then a soft character matters only after
 * ASCII or another character that may fold into it, since NFC composes
 * a letter that is no such character and a mark into another that is
 * none either (tests/unit/test_match.c checks both). */
static int
arabic_clean(struct matcher *m)
{
	unsigned c;
	int i;

	if (m->arabic == 0) {
		m->arabic = 1;
		for (c = 0x600; c < 0x700; c++) {
			const struct entry *e = entry(m, c);

			if (!arabic_soft(c) && odd(m, c))
				m->arabic = 2;
			for (i = 0; i < e->len; i++)
				if ((unsigned char)e->s[i] < 0x80)
					m->arabic = 2;
		}
	}
	return m->arabic == 1;
}

#if defined(__SSE2__)
/* The bytes of x that are in [lo, hi] (unsigned), as a mask. */
static inline unsigned
in_range(__m128i x, unsigned char lo, unsigned char hi)
{
	__m128i d = _mm_sub_epi8(x, _mm_set1_epi8((char)lo));

	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_min_epu8(d,
	    _mm_set1_epi8((char)(hi - lo))), d));
}

static inline unsigned
is_byte(__m128i x, unsigned char b)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
	    _mm_set1_epi8((char)b)));
}

/* Are the sixteen bytes at p (p[-1] readable when before) clean for
 * may_fold_to_ascii(): ASCII, continuation bytes, Cyrillic and (with
 * arabic) Arabic lead bytes, where each soft Arabic character follows a
 * continuation byte, that is another character that is no ASCII? hi is
 * the mask of bytes that are not ASCII. */
static inline int
clean_block(const unsigned char *p, int before, unsigned hi, int arabic)
{
	__m128i x = _mm_loadu_si128((const __m128i *)(const void *)p);
	__m128i y, w;
	unsigned lead, ok, soft, prev_cont;

	lead = (unsigned)_mm_movemask_epi8(_mm_cmplt_epi8(x,
	    _mm_set1_epi8((char)0xC0))) ^ hi;
	ok = is_byte(_mm_and_si128(x, _mm_set1_epi8((char)0xFE)), 0xD0);
	if (!arabic)
		return (lead & ~ok) == 0;
	ok |= in_range(x, 0xD8, 0xDB);
	if ((lead & ~ok) != 0)
		return 0;
	/* soft characters: the second bytes, one place on */
	y = _mm_loadu_si128((const __m128i *)(const void *)(p + 1));
	soft = (is_byte(x, 0xD8) & in_range(y, 0x90, 0x9A)) |
	    (is_byte(x, 0xD9) & (is_byte(y, 0x80) | in_range(y, 0x8B, 0x9F) |
	    is_byte(y, 0xB0))) | (is_byte(x, 0xDB) & in_range(y, 0x96, 0xAD));
	if (soft == 0)
		return 1;
	/* the byte before each: a continuation byte */
	if (before) {
		w = _mm_loadu_si128((const __m128i *)(const void *)(p - 1));
		prev_cont = in_range(w, 0x80, 0xBF);
	} else {
		w = _mm_slli_si128(x, 1);
		prev_cont = in_range(w, 0x80, 0xBF) & ~1u;
	}
	return (soft & ~prev_cont) == 0;
}
#endif

/* One character at p[0, n): 1 if it may fold into ASCII (odd()), or is
 * not UTF-8; else 0 and its length in *len. A continuation byte on its
 * own (not UTF-8, folded as a byte that is no ASCII) is passed over. */
static int
odd_at(struct matcher *m, const unsigned char *p, size_t n, size_t *len)
{
	unsigned b = p[0];

	if (b < 0xC0) {
		*len = 1;
		return 0;
	}
	if (b >= 0xC2 && b < 0xE0 && n > 1 && (p[1] & 0xC0) == 0x80) {
		*len = 2;
		return odd(m, (b & 0x1F) << 6 | (p[1] & 0x3F));
	}
	if (b >= 0xE0 && b < 0xF0 && n > 2 && (p[1] & 0xC0) == 0x80 &&
	    (p[2] & 0xC0) == 0x80) {
		*len = 3;
		return odd(m, (b & 0x0F) << 12 | (p[1] & 0x3FU) << 6 |
		    (p[2] & 0x3F));
	}
	return 1;		/* four bytes, or not UTF-8 */
}

#if CSVS_AVX2
/* The bytes of x that are in [lo, hi] (unsigned), as a mask (AVX2). */
__attribute__((target("avx2"))) static inline unsigned
in_range32(__m256i x, unsigned char lo, unsigned char hi)
{
	__m256i d = _mm256_sub_epi8(x, _mm256_set1_epi8((char)lo));

	return (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(
	    _mm256_min_epu8(d, _mm256_set1_epi8((char)(hi - lo))), d));
}

__attribute__((target("avx2"))) static inline unsigned
is_byte32(__m256i x, unsigned char b)
{
	return (unsigned)_mm256_movemask_epi8(_mm256_cmpeq_epi8(x,
	    _mm256_set1_epi8((char)b)));
}

/* clean_block() for the thirty-two bytes at p, with p[-1] and p[32]
 * readable: ASCII alone, or (with cyr) clean as clean_block() says. */
__attribute__((target("avx2"))) static inline int
clean_block32(const unsigned char *p, int cyr, int arabic)
{
	__m256i x = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i y;
	unsigned hi, lead, ok, soft;

	if ((hi = (unsigned)_mm256_movemask_epi8(x)) == 0)
		return 1;
	if (!cyr)
		return 0;
	lead = (unsigned)_mm256_movemask_epi8(_mm256_cmpgt_epi8(
	    _mm256_set1_epi8((char)0xC0), x)) ^ hi;
	ok = is_byte32(_mm256_and_si256(x, _mm256_set1_epi8((char)0xFE)),
	    0xD0);
	if (!arabic)
		return (lead & ~ok) == 0;
	ok |= in_range32(x, 0xD8, 0xDB);
	if ((lead & ~ok) != 0)
		return 0;
	y = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	soft = (is_byte32(x, 0xD8) & in_range32(y, 0x90, 0x9A)) |
	    (is_byte32(x, 0xD9) & (is_byte32(y, 0x80) | in_range32(y, 0x8B,
	    0x9F) | is_byte32(y, 0xB0))) | (is_byte32(x, 0xDB) &
	    in_range32(y, 0x96, 0xAD));
	if (soft == 0)
		return 1;
	y = _mm256_loadu_si256((const __m256i *)(const void *)(p - 1));
	return (soft & ~in_range32(y, 0x80, 0xBF)) == 0;
}
#endif

/* Where in s[0, n) the first character is that may fold into ASCII, or to
 * nothing, or that the table cannot fold; n if none. ASCII and Cyrillic,
 * sixteen bytes at a time (with wide, thirty-two); other characters one
 * by one. */
static inline __attribute__((always_inline)) size_t
odd_scan(struct matcher *m, const char *s, size_t n, int wide)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0, end, len;
	int cyr = cyrillic_clean(m), ara = cyr && arabic_clean(m);

	(void)wide;
	while (i < n) {
		end = n;
#if CSVS_AVX2
		if (wide && i > 0 && i + 33 <= n && clean_block32(p + i, cyr,
		    ara)) {
			i += 32;
			continue;
		}
#endif
#if defined(__SSE2__)
		/* (one byte more is read for the Arabic second bytes) */
		if (i + 17 <= n) {
			unsigned hi = (unsigned)_mm_movemask_epi8(_mm_loadu_si128(
			    (const __m128i *)(const void *)(p + i)));

			if (hi == 0 || (cyr && clean_block(p + i, i > 0, hi,
			    ara))) {
				i += 16;
				continue;
			}
			end = i + 16;
		} else if (i < n && n >= 17 && p[n - 1] < 0x80) {
			/* The last bytes: the sixteen before the last one,
			 * some of them seen already (a block may begin
			 * inside a character: its continuation bytes pass,
			 * and its lead byte was seen). */
			size_t q = n - 17;
			unsigned hi = (unsigned)_mm_movemask_epi8(
			    _mm_loadu_si128((const __m128i *)(const void *)
			    (p + q)));

			if (hi == 0 || (cyr && clean_block(p + q, q > 0, hi,
			    ara)))
				return n;
		}
#endif
		while (i < end) {
			if (p[i] < 0x80) {
				i++;
				continue;
			}
			if (odd_at(m, p + i, n - i, &len))
				return i;
			i += len;
		}
	}
	return n;
}

static size_t
first_odd_narrow(struct matcher *m, const char *s, size_t n)
{
	return odd_scan(m, s, n, 0);
}

#if CSVS_AVX2
__attribute__((target("avx2"))) static size_t
first_odd_avx2(struct matcher *m, const char *s, size_t n)
{
	return odd_scan(m, s, n, 1);
}
#endif

static size_t
first_odd(struct matcher *m, const char *s, size_t n)
{
#if CSVS_AVX2
	if (m->simd == CSVS_SIMD_AVX2)
		return first_odd_avx2(m, s, n);
#endif
	return first_odd_narrow(m, s, n);
}

static int
may_fold_to_ascii(struct matcher *m, const char *s, size_t n)
{
	return first_odd(m, s, n) < n;
}

static int
has_non_ascii(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i = 0;

#if defined(__SSE2__)
	for (; i + 16 <= n; i += 16)
		if (_mm_movemask_epi8(_mm_loadu_si128((const __m128i *)(const
		    void *)(p + i))) != 0)
			return 1;
#endif
	for (; i < n; i++)
		if (p[i] >= 0x80)
			return 1;
	return 0;
}

/* ---- finding ---- */

static int
same_ci(const unsigned char *h, const char *nd, size_t k)
{
	size_t j;

	for (j = 0; j < k; j++)
		if (lower(h[j]) != (unsigned char)nd[j])
			return 0;
	return 1;
}

/* The first place in h[0, n) where nd[0, k) (lower-case ASCII) stands in
 * any case, or NULL. Sixteen places at a time: those whose first and last
 * bytes agree (ignoring bit 0x20) are compared whole. */
static const char *
find_ci(const char *h, size_t n, const char *nd, size_t k)
{
	const unsigned char *p = (const unsigned char *)h;
	size_t i = 0;

	if (k == 0)
		return h;
	if (k > n)
		return NULL;
#if defined(__SSE2__)
	{
		const __m128i bit = _mm_set1_epi8(0x20);
		const __m128i f = _mm_set1_epi8((char)(nd[0] | 0x20));
		const __m128i l = _mm_set1_epi8((char)(nd[k - 1] | 0x20));

		for (; i + k - 1 + 16 <= n; i += 16) {
			__m128i a, b;
			unsigned mask;

			a = _mm_or_si128(_mm_loadu_si128((const __m128i *)
			    (const void *)(p + i)), bit);
			b = _mm_or_si128(_mm_loadu_si128((const __m128i *)
			    (const void *)(p + i + k - 1)), bit);
			mask = (unsigned)_mm_movemask_epi8(_mm_and_si128(
			    _mm_cmpeq_epi8(a, f), _mm_cmpeq_epi8(b, l)));
			while (mask != 0) {
				unsigned j = (unsigned)__builtin_ctz(mask);

				if (same_ci(p + i + j, nd, k))
					return h + i + j;
				mask &= mask - 1;
			}
			/* the last places: sixteen that end at the end, some
			 * of them seen already (none of which matched) */
			if (i + 16 < n - k + 1 && n - k + 1 < i + 32)
				i = n - k + 1 - 32;
		}
	}
#endif
	for (; i + k <= n; i++)
		if (lower(p[i]) == (unsigned char)nd[0] && same_ci(p + i, nd, k))
			return h + i;
	return NULL;
}

/* The first place of nd[0, k) in h[0, n), or NULL. */
static const char *
find_bytes(const char *h, size_t n, const char *nd, size_t k)
{
	const char *p = h, *end;

	if (k == 0)
		return h;
	if (k > n)
		return NULL;
	end = h + n - k;
	while (p <= end && (p = memchr(p, nd[0], (size_t)(end - p) + 1)) !=
	    NULL) {
		if (memcmp(p, nd, k) == 0)
			return p;
		p++;
	}
	return NULL;
}

static int
word_char(ucs4_t c)
{
	return uc_is_general_category_withtable(c, UC_CATEGORY_MASK_L |
	    UC_CATEGORY_MASK_M | UC_CATEGORY_MASK_N | UC_CATEGORY_MASK_Pc);
}

/* Does s[a, b) stand between non-word characters (or the ends)? */
static int
whole_word(const char *s, size_t n, size_t a, size_t b)
{
	const uint8_t *u = (const uint8_t *)s;
	ucs4_t c;

	if (a > 0 && u8_prev(&c, u + a, u) != NULL && word_char(c))
		return 0;
	if (b < n && u8_mbtouc(&c, u + b, n - b) > 0 && word_char(c))
		return 0;
	return 1;
}

/* Does the folded text t[0, n) hold the needle (as a word, if asked)? */
static int
find_folded(const struct matcher *m, const char *t, size_t n)
{
	const char *p = t, *hit;

	if (m->re != NULL)
		return pcre2_match(m->re, (PCRE2_SPTR)t, n, 0, 0, m->md, NULL) >=
		    0;
	for (;;) {
		hit = find_bytes(p, n - (size_t)(p - t), m->needle, m->nlen);
		if (hit == NULL)
			return 0;
		if (!(m->flags & MATCH_WORD) || whole_word(t, n,
		    (size_t)(hit - t), (size_t)(hit - t) + m->nlen))
			return 1;
		if (m->nlen == 0 || (size_t)(hit - t) >= n)
			return 0;
		p = hit + 1;
	}
}

/* The text folded into m->fb: the table's fold, or libunistring's. */
static void
fold_value(struct matcher *m, const char *s, size_t n)
{
	if (matcher_fastfold(m, s, n, &m->fb) < 0)
		fold_search(&m->fb, &m->tmp, s, n, m->loose);
}

int
matcher_value(struct matcher *m, const char *s, size_t n)
{
	if (m->re == NULL) {
		if (m->nlen == 0)
			return 1;
		if (m->ascii) {
			if (find_ci(s, n, m->needle, m->nlen) != NULL) {
				if (!(m->flags & MATCH_WORD))
					return 1;
			} else if (!may_fold_to_ascii(m, s, n)) {
				return 0;
			}
		} else if (!has_non_ascii(s, n)) {
			return 0;
		}
	}
	fold_value(m, s, n);
	/* PCRE2's compiled code reads a word at a time, past the end of the
	 * subject: bytes it reads are set (valgrind would say otherwise). */
	if (m->re != NULL)
		memset(m->fb.s + m->fb.len, 0, m->fb.cap - m->fb.len);
	return find_folded(m, m->fb.s, m->fb.len);
}

int
matcher_row(struct matcher *m, const struct record *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (matcher_value(m, r->f[i].s, r->f[i].len))
			return 1;
	return 0;
}

/* Forgets what was found ahead in other bytes than ah's. */
static void
same_bytes(struct matcher *m, const struct match_ahead *ah)
{
	if (m->ahead.end != ah->end || m->ahead.id != ah->id ||
	    m->ahead.fills != ah->fills) {
		m->ahead = *ah;
		m->hit_from = m->odd_from = NULL;
	}
}

/* Must what was found from *from (the first at *at, or none) be looked
 * for again from raw? Not while raw is between the two. */
static int
stale(const char *from, const char *at, const char *raw)
{
	return from == NULL || raw < from || (at != NULL && at < raw);
}

/* The first hit of piece in raw[0, n), or NULL (find_ci()); found in the
 * bytes ahead once for the records up to it. */
static const char *
find_piece(struct matcher *m, const char *raw, size_t n,
    const struct match_ahead *ah)
{
	if (ah == NULL || ah->end == NULL)
		return find_ci(raw, n, m->piece, m->plen);
	same_bytes(m, ah);
	if (stale(m->hit_from, m->hit_at, raw)) {
		m->hit_from = raw;
		m->hit_at = find_ci(raw, (size_t)(ah->end - raw), m->piece,
		    m->plen);
	}
	/* no hit begins in [hit_from, hit_at), and raw is in there */
	return m->hit_at != NULL && m->hit_at + m->plen <= raw + n ?
	    m->hit_at : NULL;
}

/* may_fold_to_ascii(), looked for in the bytes ahead in the same way. */
static int
may_fold_ahead(struct matcher *m, const char *raw, size_t n,
    const struct match_ahead *ah)
{
	size_t k, all;

	if (ah == NULL || ah->end == NULL)
		return may_fold_to_ascii(m, raw, n);
	same_bytes(m, ah);
	if (stale(m->odd_from, m->odd_at, raw)) {
		all = (size_t)(ah->end - raw);
		k = first_odd(m, raw, all);
		m->odd_from = raw;
		m->odd_at = k < all ? raw + k : NULL;
	}
	return m->odd_at != NULL && m->odd_at < raw + n;
}

/* Does a hit of the piece (the whole needle, with no delimiter in it)
 * lie in column col of raw[0, n), a record csvs_split() takes? at is the
 * first hit; hits come in the order of the columns. */
static int
hit_in_column(const struct matcher *m, const char *raw, size_t n,
    char delim, const char *at, size_t col)
{
	struct csvs_walk w = { 0, 0, 0 };

	while (at != NULL) {
		csvs_walk_to(raw, &w, (size_t)(at - raw), delim);
		if (w.col >= col)
			return w.col == col;
		at = find_ci(at + 1, n - (size_t)(at + 1 - raw), m->piece,
		    m->plen);
	}
	return 0;
}

/* The delimiter may be in the needle (then a hit may span two fields);
 * TSV's escapes make bytes of their own (a hit may take the n of \n), and
 * a piece with what they escape is not in the record as it is. With col
 * (not MATCHER_NO_COLUMN), the record is one csvs_split() takes and a
 * search of its column col is asked: a hit in that column is MATCH_YES,
 * a hit in another MATCH_MAYBE. */
static enum match_verdict
record(struct matcher *m, const char *raw, size_t n, char delim, int quick,
    size_t col, const struct match_ahead *ah)
{
	enum match_verdict hit = m->raw_is_match && delim != '\t' &&
	    (delim == ',' || memchr(m->needle, delim, m->nlen) == NULL) ?
	    MATCH_YES : MATCH_MAYBE;
	const char *at;

	if (m->re != NULL || (m->plen == 0 && m->nlen > 0) ||
	    (delim == '\t' && m->piece_escaped))
		return MATCH_MAYBE;
	if (m->nlen == 0)
		return MATCH_YES;
	if (m->ascii) {
		if ((at = find_piece(m, raw, n, ah)) != NULL) {
			if (col == MATCHER_NO_COLUMN)
				return hit;
			return hit == MATCH_YES && hit_in_column(m, raw, n,
			    delim, at, col) ? MATCH_YES : MATCH_MAYBE;
		}
		if (!may_fold_ahead(m, raw, n, ah))
			return MATCH_NO;
	} else if (!has_non_ascii(raw, n)) {
		return MATCH_NO;
	}
	if (quick || matcher_fastfold(m, raw, n, &m->fb) < 0)
		return MATCH_MAYBE;
	return find_bytes(m->fb.s, m->fb.len, m->piece, m->plen) != NULL ? hit :
	    MATCH_NO;
}

enum match_verdict
matcher_record(struct matcher *m, const char *raw, size_t n, char delim,
    const struct match_ahead *ah)
{
	return record(m, raw, n, delim, 0, MATCHER_NO_COLUMN, ah);
}

enum match_verdict
matcher_record_quick(struct matcher *m, const char *raw, size_t n,
    char delim, size_t col, const struct match_ahead *ah)
{
	return record(m, raw, n, delim, 1, col, ah);
}

/* ---- making one ---- */

/* The pattern with its literal characters folded as the data will be:
 * runs of non-ASCII characters outside classes and escapes (ASCII is left
 * to PCRE2's caseless matching), and, in a class, single characters that
 * fold to one character and are no end of a range. Escapes stay as they
 * are. */
static void
fold_pattern(struct matcher *m, const char *s, size_t n, struct buf *out)
{
	struct foldbuf a = { NULL, 0, 0 }, t = { NULL, 0, 0 };
	size_t i = 0, j, last;
	int in_class = 0, len;

	while (i < n) {
		unsigned char b = (unsigned char)s[i];

		if (b == '\\' && i + 1 < n) {
			j = i + 2;
			if (strchr("xpPNgkou", s[i + 1]) != NULL && j < n &&
			    s[j] == '{') {
				while (j < n && s[j] != '}')
					j++;
				if (j < n)
					j++;
			} else if (s[i + 1] == 'Q') {
				/* \Q...\E: literal; folded whole */
				const char *e = find_bytes(s + j, n - j, "\\E", 2);
				size_t stop = e ? (size_t)(e - s) : n;

				buf_add(out, s + i, 2);
				fold_search(&a, &t, s + j, stop - j, m->loose);
				buf_add(out, a.s, a.len);
				i = stop;
				continue;
			} else {
				while (j < n && ((unsigned char)s[j] & 0xC0) ==
				    0x80)
					j++;
			}
			buf_add(out, s + i, j - i);
			i = j;
			continue;
		}
		if (in_class) {
			if (b == '[' && i + 1 < n && s[i + 1] == ':') {
				const char *e = find_bytes(s + i, n - i, ":]", 2);

				j = e ? (size_t)(e - s) + 2 : i + 1;
				buf_add(out, s + i, j - i);
				i = j;
				continue;
			}
			if (b == ']') {
				in_class = 0;
				buf_addc(out, ']');
				i++;
				continue;
			}
			if (b >= 0x80) {
				ucs4_t c;

				len = u8_mbtouc(&c, (const uint8_t *)s + i, n - i);
				fold_search(&a, &t, s + i, (size_t)len,
				    m->loose);
				if (u8_mbsnlen((const uint8_t *)a.s, a.len) == 1 &&
				    (i == 0 || s[i - 1] != '-') && (i + (size_t)
				    len >= n || s[i + (size_t)len] != '-'))
					buf_add(out, a.s, a.len);
				else
					buf_add(out, s + i, (size_t)len);
				i += (size_t)len;
				continue;
			}
			buf_addc(out, (char)b);
			i++;
			continue;
		}
		if (b == '[') {
			in_class = 1;
			buf_addc(out, '[');
			i++;
			if (i < n && s[i] == '^')
				buf_addc(out, s[i++]);
			if (i < n && s[i] == ']')
				buf_addc(out, s[i++]);	/* a literal ] */
			continue;
		}
		if (b < 0x80) {
			buf_addc(out, (char)b);
			i++;
			continue;
		}
		/* A run of non-ASCII characters; a quantifier after it binds
		 * to the last one, which is folded alone in a group. */
		j = last = i;
		while (j < n && (unsigned char)s[j] >= 0x80) {
			last = j;
			j++;
			while (j < n && ((unsigned char)s[j] & 0xC0) == 0x80)
				j++;
		}
		if (j < n && strchr("*+?{", s[j]) != NULL) {
			fold_search(&a, &t, s + i, last - i, m->loose);
			buf_add(out, a.s, a.len);
			fold_search(&a, &t, s + last, j - last, m->loose);
			buf_adds(out, "(?:");
			buf_add(out, a.s, a.len);
			buf_addc(out, ')');
		} else {
			fold_search(&a, &t, s + i, j - i, m->loose);
			buf_add(out, a.s, a.len);
		}
		i = j;
	}
	buf_addc(out, '\0');
	out->len--;
	foldbuf_free(&a);
	foldbuf_free(&t);
}

static pcre2_code *
compile(const char *pat, size_t n, int *code, size_t *off)
{
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pat, n, PCRE2_UTF |
	    PCRE2_UCP | PCRE2_CASELESS | PCRE2_MATCH_INVALID_UTF, code, off,
	    NULL);

	if (re == NULL && *code == PCRE2_ERROR_NOMEMORY)
		xalloc_fail();
	return re;
}

static int
make_regex(struct matcher *m, const char *text, size_t len, char *err,
    size_t errlen)
{
	struct buf pat = { NULL, 0, 0 }, w = { NULL, 0, 0 };
	PCRE2_UCHAR msg[256];
	PCRE2_SIZE off;
	pcre2_code *re;
	int code;

	/* The pattern as given, for an error at the place the user wrote */
	if ((re = compile(text, len, &code, &off)) == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		snprintf(err, errlen, "%s at offset %zu", (const char *)msg,
		    u8_mbsnlen((const uint8_t *)text, off < len ? off : len));
		return -1;
	}
	pcre2_code_free(re);
	fold_pattern(m, text, len, &pat);
	if (m->flags & MATCH_WORD) {
		buf_adds(&w, "(?<![\\p{L}\\p{M}\\p{N}\\p{Pc}])(?:");
		buf_add(&w, pat.s, pat.len);
		buf_adds(&w, ")(?![\\p{L}\\p{M}\\p{N}\\p{Pc}])");
	} else {
		buf_add(&w, pat.s, pat.len);
	}
	m->re = compile(w.s, w.len, &code, &off);
	buf_free(&pat);
	buf_free(&w);
	if (m->re == NULL) {
		pcre2_get_error_message(code, msg, sizeof msg);
		snprintf(err, errlen, "%s once folded", (const char *)msg);
		return -1;
	}
	(void)pcre2_jit_compile(m->re, PCRE2_JIT_COMPLETE);
	if ((m->md = pcre2_match_data_create_from_pattern(m->re, NULL)) ==
	    NULL)
		xalloc_fail();
	return 0;
}

struct matcher *
matcher_new(const char *text, size_t len, int flags, char *err,
    size_t errlen)
{
	struct matcher *m = xcalloc(1, sizeof *m);
	struct foldbuf exact = { NULL, 0, 0 };
	const char *p, *q, *end;
	size_t i;

	m->flags = flags;
	m->simd = csvs_simd_best();
	fold_search(&m->fb, &m->tmp, text, len, 1);
	fold_search(&exact, &m->tmp, text, len, 0);
	m->loose = exact.len == m->fb.len && memcmp(exact.s, m->fb.s,
	    exact.len) == 0;
	m->needle = m->loose ? xstrndup(m->fb.s, m->fb.len) :
	    xstrndup(exact.s, exact.len);
	m->nlen = m->loose ? m->fb.len : exact.len;
	foldbuf_free(&exact);
	if ((flags & MATCH_REGEX) && make_regex(m, text, len, err,
	    errlen) != 0) {
		matcher_free(m);
		return NULL;
	}
	m->ascii = 1;
	for (i = 0; i < m->nlen; i++)
		if ((unsigned char)m->needle[i] >= 0x80)
			m->ascii = 0;
	/* the longest part between quotes */
	end = m->needle + m->nlen;
	for (p = m->needle; p <= end; p = q + 1) {
		if ((q = memchr(p, '"', (size_t)(end - p))) == NULL)
			q = end;
		if ((size_t)(q - p) > m->plen) {
			m->piece = p;
			m->plen = (size_t)(q - p);
		}
	}
	for (i = 0; i < m->plen; i++)
		if (strchr("\t\n\r\\", m->piece[i]) != NULL &&
		    m->piece[i] != '\0')
			m->piece_escaped = 1;
	m->raw_is_match = !(flags & (MATCH_WORD | MATCH_REGEX)) &&
	    m->plen == m->nlen && strcspn(m->needle, ",\"\r\n") == m->nlen;
	return m;
}

void
matcher_free(struct matcher *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < 256; i++)
		free(m->block[i]);
	free(m->needle);
	foldbuf_free(&m->fb);
	foldbuf_free(&m->tmp);
	pcre2_match_data_free(m->md);
	pcre2_code_free(m->re);
	free(m);
}

void
matcher_simd(struct matcher *m, enum csvs_simd simd)
{
	m->simd = simd == CSVS_SIMD_AVX2 && csvs_simd_best() !=
	    CSVS_SIMD_AVX2 ? CSVS_SIMD_SSE2 : simd;
}

const char *
matcher_needle(const struct matcher *m, size_t *len)
{
	*len = m->nlen;
	return m->needle;
}

int
matcher_loose(const struct matcher *m)
{
	return m->loose;
}
