/* Text comparison in every script: case folding with NFC normalisation
 * (libunistring), substring search over folded text, natural order. */
#ifndef CITEQ_FOLD_H
#define CITEQ_FOLD_H

#include <stddef.h>

/* A reusable output buffer, so that folding a field allocates rarely. */
struct foldbuf {
	char *s;
	size_t len, cap;
};

/* Folds s[0, n) into fb (case folded, NFC). Invalid UTF-8 is folded as
 * ASCII, byte by byte, so that every input has a folded form. */
void fold(struct foldbuf *fb, const char *s, size_t n);
/* Folds into a new NUL-terminated string; *len gets its length. */
char *fold_dup(const char *s, size_t n, size_t *len);
void foldbuf_free(struct foldbuf *);

/* Folds for search: fold(), then the search rules, each for every text
 * filter, the needle and the data alike:
 *   typographic quotes and apostrophes as ASCII (U+2018, U+2019, U+201B,
 *   U+2032 as '; U+201C, U+201D, U+201E, U+2033 as "), dashes U+2010 to
 *   U+2015 as '-', no-break and other spaces (Unicode Zs) as ' ';
 *   Arabic: alef with hamza or madda and alef wasla (U+0622, U+0623,
 *   U+0625, U+0671) as bare alef (U+0627), alef maksura (U+0649) as yeh
 *   (U+064A), teh marbuta (U+0629) as heh (U+0647), tatweel (U+0640) and
 *   the harakat (U+064B to U+0652) dropped, as Lucene's ArabicNormalizer;
 *   Cyrillic yo (U+0451) as ie (U+0435).
 * With loose, diacritics go too: a letter that Unicode decomposes into a
 * base and combining marks becomes its base, and other combining marks
 * are dropped; except й, ў and ї, letters of their own. tmp is scratch. */
void fold_search(struct foldbuf *out, struct foldbuf *tmp, const char *s,
    size_t n, int loose);
/* The search fold of one code point (valid, not a surrogate) into
 * out[0, 16): its length, or -1 when it takes more room. */
int fold_search_uc(unsigned cp, int loose, char out[16]);

/* Does hay[0, hn) contain needle[0, nn)? Both already folded. */
int fold_contains(const char *hay, size_t hn, const char *needle, size_t nn);

/* Natural order of two folded strings: runs of digits compare by value. */
int natural_cmp(const char *a, size_t an, const char *b, size_t bn);

#endif
