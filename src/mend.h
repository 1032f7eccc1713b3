/* Bytes that are not UTF-8, mended before a reader whose library decodes
 * UTF-8 without looking: bibutils (RIS, EndNote, MEDLINE, ISI) and the
 * TeX of a .bib, where a sequence cut short at a value's end made them read
 * past the value; btparse aborts on a NUL byte in a value. */
#ifndef CITEQ_MEND_H
#define CITEQ_MEND_H

#include <stddef.h>

#include "diag.h"

/* NULL when buf[0, *len) is UTF-8 (without NUL bytes, when nul is set).
 * Else a copy (free() it; *len its length, NUL after it) where each maximal
 * run that is not a character, and with nul each NUL byte, is U+FFFD, as
 * iconv's and Python's "replace" make it, told once as a warning with the
 * line of the first and its byte in the line. */
char *mend_utf8(const char *buf, size_t *len, int nul, const char *name,
    struct diag_sink *);

#endif
