/* Right-to-left text in visual order (libfribidi), for terminals that do
 * not reorder it themselves. */
#ifndef CITEQ_BIDI_H
#define CITEQ_BIDI_H

#include <stddef.h>

/* Does s[0, n) hold a right-to-left letter (Arabic, Hebrew, ...)? */
int bidi_has_rtl(const char *s, size_t n);
/* s[0, n) reordered from logical to visual order, as a new NUL-terminated
 * UTF-8 string (free() it); *len gets its length. Invalid UTF-8 becomes
 * U+FFFD. */
char *bidi_visual(const char *s, size_t n, size_t *len);
/* The same, with mark[] a flag a byte of s; *vmark gets a new array of
 * the flags a byte of the result (free() it), each character keeping its
 * own. */
char *bidi_visual_marked(const char *s, size_t n, const unsigned char *mark,
    size_t *len, unsigned char **vmark);

#endif
