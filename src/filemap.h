/* The inputs that are regular files, mapped into memory, so that -S can
 * keep a reference to a row's bytes where it would otherwise copy them:
 * the page cache holds them already, and fresh memory for a copy costs
 * more than the copy itself. */
#ifndef CITEQ_FILEMAP_H
#define CITEQ_FILEMAP_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"
#include "input.h"

struct filemap;

/* Maps those of the n inputs that are regular files, if all of them
 * together are no larger than max bytes (else none: their pages would
 * count against the memory the caller may use). Never fails: an input
 * that cannot be mapped is simply not. */
struct filemap *filemap_open(const struct input *, size_t n, uint64_t max);
void filemap_close(struct filemap *);
/* The row at ref in its mapped input, if its bytes there are bytes[0, len)
 * (as the reader gave them); else NULL, and the caller copies them. */
const char *filemap_row(const struct filemap *, const struct rowref *ref,
    const char *bytes, size_t len);

#endif
