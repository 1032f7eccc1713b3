#include "csvsplit.h"

#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#if CSVS_AVX2
#include <immintrin.h>
#endif

/* Bit k set when s[k] (k < 16) is a, b, c or d; n < 16 bytes are read one
 * by one, so that nothing past the record is read. */
static unsigned
mask16(const char *s, size_t n, unsigned char a, unsigned char b,
    unsigned char c, unsigned char d)
{
	unsigned m = 0;
	size_t k;

#if defined(__SSE2__)
	if (n >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);

		return (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)a)),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)b))), _mm_or_si128(
		    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)c)),
		    _mm_cmpeq_epi8(x, _mm_set1_epi8((char)d)))));
	}
#endif
	for (k = 0; k < n && k < 16; k++) {
		unsigned char ch = (unsigned char)s[k];

		if (ch == a || ch == b || ch == c || ch == d)
			m |= 1u << k;
	}
	return m;
}

/* The delimiters and the quotes among s[0, min(n, 16)), as two masks. */
static void
masks16(const char *s, size_t n, char delim, unsigned *commas,
    unsigned *quotes)
{
	size_t k;

#if defined(__SSE2__)
	if (n >= 16) {
		__m128i x = _mm_loadu_si128((const __m128i *)(const void *)s);

		*commas = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
		    _mm_set1_epi8(delim)));
		*quotes = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(x,
		    _mm_set1_epi8('"')));
		return;
	}
#endif
	*commas = *quotes = 0;
	for (k = 0; k < n && k < 16; k++) {
		if (s[k] == delim)
			*commas |= 1u << k;
		else if (s[k] == '"')
			*quotes |= 1u << k;
	}
}

/* The index of the lowest set bit of m, which is not 0 (16- and 64-bit
 * masks alike). */
static unsigned
lowest(uint64_t m)
{
#if defined(__GNUC__)
	return (unsigned)__builtin_ctzll(m);
#else
	unsigned k = 0;

	while (!(m & 1u)) {
		m >>= 1;
		k++;
	}
	return k;
#endif
}

/* The index of the highest set bit of m, which is not 0. */
static unsigned
highest(unsigned m)
{
#if defined(__GNUC__)
	return 31u - (unsigned)__builtin_clz(m);
#else
	unsigned k = 0;

	while (m >>= 1)
		k++;
	return k;
#endif
}

/* How many bits of m are set (without a library call where the machine
 * has no instruction for it). */
static unsigned
count_bits(uint64_t m)
{
	m = m - ((m >> 1) & 0x5555555555555555u);
	m = (m & 0x3333333333333333u) + ((m >> 2) & 0x3333333333333333u);
	m = (m + (m >> 4)) & 0x0f0f0f0f0f0f0f0fu;
	return (unsigned)((m * 0x0101010101010101u) >> 56);
}

void
csvs_walk_to(const char *s, struct csvs_walk *w, size_t to, char delim)
{
	size_t i;

	/* A record that csvs_split() takes has quotes only around fields
	 * and doubled inside them: each one turns quoting on or off. */
	for (i = w->at; i < to; i++) {
		if (s[i] == '"')
			w->inq = !w->inq;
		else if (s[i] == delim && !w->inq)
			w->col++;
	}
	w->at = to;
}

/* Bit k of the result is the parity of bits 0 to k of m: with m the
 * quotes, the bytes inside quotes (an opening quote counted in, a closing
 * one out). simdjson does this with a carry-less multiply; six shifts do
 * on any machine. */
static uint64_t
prefix_xor(uint64_t m)
{
	m ^= m << 1;
	m ^= m << 2;
	m ^= m << 4;
	m ^= m << 8;
	m ^= m << 16;
	m ^= m << 32;
	return m;
}

/* The bytes equal to a, b, c and e among the 64 bytes at s (all
 * readable), as four masks: one byte at a time, */
static inline void
masks64_plain(const char *s, char a, char b, char c, char e, uint64_t *m)
{
	int k;

	m[0] = m[1] = m[2] = m[3] = 0;
	for (k = 0; k < 64; k++) {
		m[0] |= (uint64_t)(s[k] == a) << k;
		m[1] |= (uint64_t)(s[k] == b) << k;
		m[2] |= (uint64_t)(s[k] == c) << k;
		m[3] |= (uint64_t)(s[k] == e) << k;
	}
}

#if defined(__SSE2__)
/* sixteen at a time (SSE2, on every x86-64), */
static inline void
masks64_sse2(const char *s, char a, char b, char c, char e, uint64_t *m)
{
	__m128i va = _mm_set1_epi8(a), vb = _mm_set1_epi8(b),
	    vc = _mm_set1_epi8(c), ve = _mm_set1_epi8(e);
	int k;

	m[0] = m[1] = m[2] = m[3] = 0;
	for (k = 0; k < 4; k++) {
		__m128i v = _mm_loadu_si128((const __m128i *)(const void *)
		    (s + 16 * k));

		m[0] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    va)) << (16 * k);
		m[1] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    vb)) << (16 * k);
		m[2] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    vc)) << (16 * k);
		m[3] |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v,
		    ve)) << (16 * k);
	}
}
#endif

#if CSVS_AVX2
/* or thirty-two at a time (AVX2, where the machine has it). */
__attribute__((target("avx2"))) static inline void
masks64_avx2(const char *s, char a, char b, char c, char e, uint64_t *m)
{
	__m256i lo = _mm256_loadu_si256((const __m256i *)(const void *)s);
	__m256i hi = _mm256_loadu_si256((const __m256i *)(const void *)
	    (s + 32));
	const char want[4] = { a, b, c, e };
	int k;

	for (k = 0; k < 4; k++) {
		__m256i v = _mm256_set1_epi8(want[k]);

		m[k] = (uint64_t)(uint32_t)_mm256_movemask_epi8(
		    _mm256_cmpeq_epi8(lo, v)) |
		    (uint64_t)(uint32_t)_mm256_movemask_epi8(
		    _mm256_cmpeq_epi8(hi, v)) << 32;
	}
}
#endif

/* count_bits(), or the instruction where the path has it. */
static inline __attribute__((always_inline)) unsigned
bits(uint64_t m, enum csvs_simd simd)
{
#if CSVS_AVX2
	if (simd == CSVS_SIMD_AVX2)
		return (unsigned)__builtin_popcountll(m);
#endif
	(void)simd;
	return count_bits(m);
}

/* The 64 bytes from s[0, n) (n at most 64) at *p: s itself, or tail with
 * the bytes copied and zeros after them, so that nothing past s[n) is
 * read. */
static const char *
block64(const char *s, size_t n, char *tail)
{
	if (n == 64)
		return s;
	memset(tail, 0, 64);
	memcpy(tail, s, n);
	return tail;
}

void
csvs_shape_start(struct csvs_shape *sh)
{
	sh->delims = 0;
	sh->bad = sh->close_last = 0;
	sh->before = 1;		/* the record's start is a field's */
}

long
csvs_shape_fields(const struct csvs_shape *sh, int inq)
{
	return sh->bad || inq ? -1 : (long)sh->delims + 1;
}

/*
 * Sixty-four bytes at a time: the quotes' prefix XOR tells the bytes
 * inside quotes (an opening quote in, a closing one out), and with it
 * which line breaks end the record and which delimiters end a field. A
 * quote stands where csvs_split() takes it when each opening one follows
 * a delimiter, the record's start or a quote (the second of a doubled
 * quote), and each closing one comes before a delimiter, a quote (the
 * first of a doubled one), a line break or the end.
 */
static inline __attribute__((always_inline)) size_t
line_end(const char *s, size_t i, size_t end, char delim, int *inq,
    unsigned long *nl, struct csvs_shape *sh, enum csvs_simd simd)
{
	char tail[64];
	uint64_t m[4], q, lf, cr, d, dq, in, brk, ends, inner, below, ok;
	uint64_t inside = *inq ? ~(uint64_t)0 : 0, after_cr = 0;
	size_t n;
	const char *p;
	char c;

	for (; i < end; i += n) {
		n = end - i < 64 ? end - i : 64;
		p = block64(s + i, n, tail);
#if CSVS_AVX2
		if (simd == CSVS_SIMD_AVX2)
			masks64_avx2(p, '"', '\n', '\r', delim, m);
		else
#endif
#if defined(__SSE2__)
		if (simd == CSVS_SIMD_SSE2)
			masks64_sse2(p, '"', '\n', '\r', delim, m);
		else
#endif
			masks64_plain(p, '"', '\n', '\r', delim, m);
		q = m[0], lf = m[1], cr = m[2], d = m[3];
		brk = lf | cr;
		dq = d | q;
		if (sh->close_last) {	/* a quote closed the last call */
			if (((dq | brk) & 1) == 0)
				sh->bad = 1;
			sh->close_last = 0;
		}
		in = prefix_xor(q) ^ inside;
		/* a line break inside quotes: a CR, or an LF but the one
		 * of a CR LF */
		inner = in & (cr | (lf & ~((cr << 1) | after_cr)));
		ends = brk & ~in;
		below = ends ? ((uint64_t)1 << lowest(ends)) - 1 :
		    ~(uint64_t)0;
		if ((q & in & below & ~((dq << 1) | (uint64_t)sh->before)) != 0)
			sh->bad = 1;
		ok = (dq | brk) >> 1;
		if (ends == 0 && n == 64 && i + 64 < end) {
			c = s[i + 64];
			if (c == delim || c == '"' || c == '\n' || c == '\r')
				ok |= (uint64_t)1 << 63;
		} else if (ends == 0 && ((q & ~in) >> (n - 1) & 1)) {
			ok |= (uint64_t)1 << (n - 1);	/* told next call */
			sh->close_last = 1;
		}
		if ((q & ~in & below & ~ok) != 0)
			sh->bad = 1;
		sh->delims += bits(d & ~in & below, simd);
		if (ends != 0) {
			*nl += bits(inner & below, simd);
			*inq = 0;
			return i + lowest(ends);
		}
		*nl += bits(inner, simd);
		inside = (in >> (n - 1)) & 1 ? ~(uint64_t)0 : 0;
		after_cr = (cr >> (n - 1)) & 1;
		sh->before = (int)((dq >> (n - 1)) & 1);
	}
	*inq = inside != 0;
	return end;
}

/* Each path a function of its own, compiled for its instructions. */
static size_t
line_end_plain(const char *s, size_t i, size_t end, char delim, int *inq,
    unsigned long *nl, struct csvs_shape *sh)
{
	return line_end(s, i, end, delim, inq, nl, sh, CSVS_SIMD_PLAIN);
}

#if defined(__SSE2__)
static size_t
line_end_sse2(const char *s, size_t i, size_t end, char delim, int *inq,
    unsigned long *nl, struct csvs_shape *sh)
{
	return line_end(s, i, end, delim, inq, nl, sh, CSVS_SIMD_SSE2);
}
#endif

#if CSVS_AVX2
__attribute__((target("avx2,popcnt"))) static size_t
line_end_avx2(const char *s, size_t i, size_t end, char delim, int *inq,
    unsigned long *nl, struct csvs_shape *sh)
{
	return line_end(s, i, end, delim, inq, nl, sh, CSVS_SIMD_AVX2);
}
#endif

enum csvs_simd
csvs_simd_best(void)
{
#if CSVS_AVX2
	if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt"))
		return CSVS_SIMD_AVX2;
#endif
#if defined(__SSE2__)
	return CSVS_SIMD_SSE2;
#else
	return CSVS_SIMD_PLAIN;
#endif
}

size_t
csvs_line_end(enum csvs_simd simd, const char *s, size_t i, size_t end,
    char delim, int *inq, unsigned long *nl, struct csvs_shape *sh)
{
	if (simd == CSVS_SIMD_AVX2 && csvs_simd_best() != CSVS_SIMD_AVX2)
		simd = CSVS_SIMD_SSE2;
	switch (simd) {
#if CSVS_AVX2
	case CSVS_SIMD_AVX2:
		return line_end_avx2(s, i, end, delim, inq, nl, sh);
#endif
#if defined(__SSE2__)
	case CSVS_SIMD_SSE2:
		return line_end_sse2(s, i, end, delim, inq, nl, sh);
#endif
	default:
		break;
	}
	return line_end_plain(s, i, end, delim, inq, nl, sh);
}

size_t
csvs_find(const char *s, size_t i, size_t end, unsigned char a,
    unsigned char b, unsigned char c, unsigned char d)
{
	size_t from = i;
	unsigned m;

	for (; i + 16 <= end; i += 16)
		if ((m = mask16(s + i, 16, a, b, c, d)) != 0)
			return i + lowest(m);
	if (i < end && end - from >= 16) {
		/* the last sixteen bytes, those already seen shifted out */
		m = mask16(s + end - 16, 16, a, b, c, d) >> (16 - (end - i));
		return m != 0 ? i + lowest(m) : end;
	}
	if (i < end && (m = mask16(s + i, end - i, a, b, c, d)) != 0)
		return i + lowest(m);
	return end;
}

/* Ends the field that started at from, before s[i], keeping it when it is
 * one of the first keep; -1 if there are more than max. */
static int
cell(struct csvs_cell *cells, size_t *n, size_t max, size_t keep, size_t from,
    size_t i, int quoted, int doubled)
{
	if (*n == max)
		return -1;
	if (*n < keep) {
		cells[*n].off = from;
		cells[*n].len = i - from;
		cells[*n].quoted = quoted;
		cells[*n].doubled = doubled;
		cells[*n].esc = 0;
	}
	(*n)++;
	return 0;
}

/* The delimiters (commas, say) and quotes of the record, sixteen bytes at a
 * time, each through a small state machine: outside quotes a comma ends a
 * field and a quote must open one; inside, a quote is doubled or closes
 * the field, which a comma or the end must then follow. Past the fields to
 * keep, sixteen bytes without a quote only have their commas counted. */
static long
split_csv(const char *s, size_t len, char delim, struct csvs_cell *cells,
    size_t max, size_t keep)
{
	size_t n = 0, from = 0, base, i, skip = (size_t)-1;
	int inq = 0, quoted = 0, doubled = 0;
	unsigned m, commas, quotes, k;

	for (base = 0; base < len; base += 16) {
		masks16(s + base, len - base, delim, &commas, &quotes);
		if (!inq && n >= keep && quotes == 0) {
			if (commas != 0) {
				if ((k = count_bits(commas)) > max - n)
					return -1;
				n += k;
				from = base + highest(commas) + 1;
				quoted = doubled = 0;
			}
			continue;
		}
		for (m = commas | quotes; m != 0; m &= m - 1) {
			i = base + lowest(m);
			if (i == skip)
				continue;	/* the second quote of "" */
			if (s[i] == delim) {
				if (inq)
					continue;
				if (cell(cells, &n, max, keep, from, i, quoted,
				    doubled) != 0)
					return -1;
				from = i + 1;
				quoted = doubled = 0;
			} else if (inq) {
				if (i + 1 < len && s[i + 1] == '"') {
					doubled = 1;
					skip = i + 1;
				} else if (i + 1 < len && s[i + 1] != delim) {
					return -1;	/* text after it */
				} else {
					inq = 0;
				}
			} else if (i == from && !quoted) {
				inq = quoted = 1;
			} else {
				return -1;	/* a quote inside a bare field */
			}
		}
	}
	if (inq || cell(cells, &n, max, keep, from, len, quoted, doubled) != 0)
		return -1;
	return (long)n;
}

long
csvs_split(const char *s, size_t len, char delim, struct csvs_cell *cells,
    size_t max, size_t keep)
{
	return split_csv(s, len, delim, cells, max, keep);
}

/*
 * The head of a record known to be taken, 64 bytes at a time: its quotes
 * are only around fields and doubled inside them, so the quotes' prefix
 * XOR tells the bytes inside quotes, and the delimiters outside them end
 * the fields. A quoted field holds a doubled quote when it holds more
 * than its own two quotes.
 */
static inline __attribute__((always_inline)) void
split_head(const char *s, size_t len, char delim, struct csvs_cell *cells,
    size_t keep, enum csvs_simd simd)
{
	char tail[64];
	uint64_t m[4], in, ends, inside = 0;
	size_t i, nb, n = 0, from = 0, pos, qfrom = 0, qbase = 0, qat;
	const char *p;
	unsigned k;

	for (i = 0; n < keep && i < len; i += 64) {
		nb = len - i < 64 ? len - i : 64;
		p = block64(s + i, nb, tail);
#if CSVS_AVX2
		if (simd == CSVS_SIMD_AVX2)
			masks64_avx2(p, '"', delim, delim, delim, m);
		else
#endif
#if defined(__SSE2__)
		if (simd == CSVS_SIMD_SSE2)
			masks64_sse2(p, '"', delim, delim, delim, m);
		else
#endif
			masks64_plain(p, '"', delim, delim, delim, m);
		in = prefix_xor(m[0]) ^ inside;
		ends = m[1] & ~in;
		if (nb < 64)
			ends |= (uint64_t)1 << nb;	/* the record's end */
		for (; ends != 0 && n < keep; ends &= ends - 1) {
			k = lowest(ends);
			pos = i + k;
			qat = qbase + bits(m[0] & (((uint64_t)1 << k) - 1), simd);
			cells[n].off = from;
			cells[n].len = pos - from;
			cells[n].quoted = pos > from && s[from] == '"';
			cells[n].doubled = qat - qfrom > 2;
			cells[n].esc = 0;
			n++;
			from = pos + 1;
			qfrom = qat;
		}
		qbase += bits(m[0], simd);
		inside = in >> 63 ? ~(uint64_t)0 : 0;
	}
	if (n < keep) {		/* the last field ends at a 64-byte bound */
		cells[n].off = from;
		cells[n].len = len - from;
		cells[n].quoted = len > from && s[from] == '"';
		cells[n].doubled = qbase - qfrom > 2;
		cells[n].esc = 0;
	}
}

static void
split_head_plain(const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t keep)
{
	split_head(s, len, delim, cells, keep, CSVS_SIMD_PLAIN);
}

#if defined(__SSE2__)
static void
split_head_sse2(const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t keep)
{
	split_head(s, len, delim, cells, keep, CSVS_SIMD_SSE2);
}
#endif

#if CSVS_AVX2
__attribute__((target("avx2,popcnt"))) static void
split_head_avx2(const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t keep)
{
	split_head(s, len, delim, cells, keep, CSVS_SIMD_AVX2);
}
#endif

void
csvs_split_head(enum csvs_simd simd, const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t keep)
{
	if (simd == CSVS_SIMD_AVX2 && csvs_simd_best() != CSVS_SIMD_AVX2)
		simd = CSVS_SIMD_SSE2;
	switch (simd) {
#if CSVS_AVX2
	case CSVS_SIMD_AVX2:
		split_head_avx2(s, len, delim, cells, keep);
		return;
#endif
#if defined(__SSE2__)
	case CSVS_SIMD_SSE2:
		split_head_sse2(s, len, delim, cells, keep);
		return;
#endif
	default:
		break;
	}
	split_head_plain(s, len, delim, cells, keep);
}

/* Undoes citeq's TSV escapes in s[0, n) into dst: \t, \n, \r and \\ are a
 * tab, a line feed, a carriage return and a backslash; a backslash before
 * anything else stays. The length written. */
static size_t
unescape(const char *s, size_t n, char *dst)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (c == '\\' && i + 1 < n) {
			switch (s[i + 1]) {
			case 't': c = '\t'; i++; break;
			case 'n': c = '\n'; i++; break;
			case 'r': c = '\r'; i++; break;
			case '\\': i++; break;
			default: break;
			}
		}
		dst[k++] = c;
	}
	return k;
}

size_t
csvs_cell_value(const char *s, const struct csvs_cell *c, char *dst)
{
	const char *p = s + c->off, *end = p + c->len;
	size_t n = 0;

	if (c->quoted) {
		p++;
		end--;
	}
	if (c->esc) {
		n = unescape(p, (size_t)(end - p), dst);
	} else if (!c->doubled) {
		n = (size_t)(end - p);
		memcpy(dst, p, n);
	} else {
		size_t i = 0, len = (size_t)(end - p), k;
		const char *q;

		/* each run up to a quote with it, the second of the pair
		 * passed over */
		while (i < len && (q = memchr(p + i, '"', len - i)) != NULL) {
			k = (size_t)(q - (p + i)) + 1;
			memcpy(dst + n, p + i, k);
			n += k;
			i += k + 1;
		}
		if (i < len) {
			memcpy(dst + n, p + i, len - i);
			n += len - i;
		}
	}
	dst[n] = '\0';
	return n;
}

/* A field of TAB-separated text runs to the next tab or the end, where its
 * escapes are undone (csvs_cell_value); one that starts with a quote is
 * quoted as in CSV, to a quote that a tab or the end follows. */
long
tsvs_split(const char *s, size_t len, struct csvs_cell *cells, size_t max,
    size_t keep)
{
	size_t n = 0, from = 0, i;
	int doubled, esc;

	for (;;) {
		if (from < len && s[from] == '"') {
			doubled = 0;
			for (i = from + 1;; i += 2) {
				i = csvs_find(s, i, len, '"', '"', '"', '"');
				if (i == len)
					return -1;	/* not closed */
				if (i + 1 == len || s[i + 1] != '"')
					break;
				doubled = 1;
			}
			if (i + 1 < len && s[i + 1] != '\t')
				return -1;		/* text after it */
			if (cell(cells, &n, max, keep, from, i + 1, 1,
			    doubled) != 0)
				return -1;
			if (i + 1 == len)
				return (long)n;
			from = i + 2;
			continue;
		}
		i = csvs_find(s, from, len, '\t', '\t', '\t', '\t');
		esc = memchr(s + from, '\\', i - from) != NULL;
		if (cell(cells, &n, max, keep, from, i, 0, 0) != 0)
			return -1;
		if (n <= keep)
			cells[n - 1].esc = esc;
		if (i == len)
			return (long)n;
		from = i + 1;
	}
}

/* How many records csvs_sniff() looks at. */
#define SNIFF_RECORDS	6

char
csvs_sniff(const char *s, size_t n)
{
	static const char cand[] = { ',', '\t', ';' };
	size_t count[3][SNIFF_RECORDS], nrec = 0, i, k, j;
	int inq = 0, begun = 0, best = -1, best_even = 0, even;

	memset(count, 0, sizeof count);
	for (i = 0; i < n && nrec < SNIFF_RECORDS; i++) {
		char c = s[i];

		if (c == '"') {
			inq = !inq;
		} else if (inq) {
			continue;
		} else if (c == '\n' || c == '\r') {
			nrec += begun;
			begun = 0;
			continue;
		} else {
			for (k = 0; k < 3; k++)
				count[k][nrec] += c == cand[k];
		}
		begun = 1;
	}
	if (nrec == 0)
		nrec = 1;	/* the header alone, perhaps cut short */
	/* The most fields in the header, the same number in the records
	 * after it rather than not; at a tie, the first of cand[]. */
	for (k = 0; k < 3; k++) {
		if (count[k][0] == 0)
			continue;
		for (even = 1, j = 1; j < nrec; j++)
			even = even && count[k][j] == count[k][0];
		if (best < 0 || even > best_even || (even == best_even &&
		    count[k][0] > count[best][0])) {
			best = (int)k;
			best_even = even;
		}
	}
	return best < 0 ? ',' : cand[best];
}
