/* Safe, width-aware text for terminals. Data never reaches a terminal raw:
 * control characters become visible pictures (ESC shows as U+241B), C1
 * controls, bidirectional controls and invalid bytes become U+FFFD, and
 * widths are display columns (libunistring's uc_width). */
#ifndef CITEQ_DISPLAY_H
#define CITEQ_DISPLAY_H

#include <stddef.h>

/* A growable byte buffer. */
struct buf {
	char *s;
	size_t len, cap;
};

void buf_add(struct buf *, const char *s, size_t n);
void buf_addc(struct buf *, char c);
void buf_adds(struct buf *, const char *s);
void buf_pad(struct buf *, size_t spaces);
void buf_free(struct buf *);

/* Display width of s[0, n) once made safe. */
size_t display_width(const char *s, size_t n);
/* Appends the safe form of s[0, n), cut on a character boundary to at most
 * maxw columns with a trailing "…" when it does not fit. Returns the width
 * appended. */
size_t display_cell(struct buf *, const char *s, size_t n, size_t maxw);
/* Appends the safe form of all of s (for messages). */
void display_safe(struct buf *, const char *s, size_t n);

#endif
