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

/* Does hay[0, hn) contain needle[0, nn)? Both already folded. */
int fold_contains(const char *hay, size_t hn, const char *needle, size_t nn);

/* Natural order of two folded strings: runs of digits compare by value. */
int natural_cmp(const char *a, size_t an, const char *b, size_t bn);

#endif
