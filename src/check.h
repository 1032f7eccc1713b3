/* citeq --check: lints a citations CSV. Findings are rows that cannot be
 * right: ragged rows, dates that are not dates or do not exist, unknown
 * languages, duplicate ids, facts citing ids that do not exist, retrieved
 * or archived before published, and empty titles (unless the note says the
 * entry is empty in the source). A bibliography is checked as its rows; a
 * .bib named as a file also for entries that lack the fields their type
 * requires (in_bibtex_check), told among the rows' findings by line. */
#ifndef CITEQ_CHECK_H
#define CITEQ_CHECK_H

#include "input.h"
#include "diag.h"

/* Checks one input; findings go to finding() as "what is wrong" with the
 * line, errors (unreadable, malformed CSV) to diag. Returns the number of
 * findings. */
long check_input(const struct input *,
    void (*finding)(void *, const char *file, unsigned long line,
    const char *msg), void *arg, struct diag_sink *);

#endif
