/* citeq import: a Wikipedia article's rendered text and its numbered
 * reference list (as copied from the page) into rows of the citeq header.
 *
 * The reference list is the lines "  N. ^ reference" (cs1.c reads each).
 * The text above it gives facts: the infobox (the lines up to the first
 * blank line: the name, a name in another script, and "LabelValue" lines
 * such as "LeaderRanda Kassis") and each sentence of the article, with the
 * [n] markers it carries as cites, the section it stands in as note and the
 * first date it names ("In March 2017") as date. A line alone without an
 * end of sentence is a heading; lines that follow a heading alone (image
 * captions) are left out. */
#ifndef CITEQ_IMPORT_H
#define CITEQ_IMPORT_H

#include <stddef.h>

#include "diag.h"
#include "langguess.h"
#include "record.h"

/* The columns a reference's parts fill besides citeq's own, in the order
 * they follow them: a row has COL__COUNT + IMPORT_EXTRA fields, and the
 * CSV shows an extra column only when some row has a value for it. */
#define IMPORT_EXTRA	9
extern const char *const import_extra[IMPORT_EXTRA];

/* Reads the text into rows (record_make, in col_names order, then
 * import_extra's). Problems
 * with single references, and references missing from the numbering, are
 * reported to diag as warnings and the rest is read. Returns 0, or -1 when
 * nothing could be read. */
int import_text(const char *name, const char *text, size_t n,
    struct langguess *, const char *default_lang, struct rowset *,
    struct diag_sink *);

#endif
