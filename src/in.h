/* Readers of the bibliographies citeq takes as inputs besides CSV: each
 * reads a whole input into an in_table (in_table.h), one row an entry,
 * reporting what it cannot read as FILE:LINE and going on with the next
 * entry. 0, or -1 when the input could not be read at all (reported). */
#ifndef CITEQ_IN_H
#define CITEQ_IN_H

#include <stddef.h>

#include "diag.h"
#include "in_table.h"

enum in_format {
	IN_AUTO,		/* by content, the extension as a hint */
	IN_CSV, IN_TSV,
	IN_BIBTEX, IN_BIBLATEX,
	IN_RIS, IN_CSLJSON, IN_ENDNOTE, IN_MEDLINE, IN_ISI,
	IN__COUNT
};

/* The format a --from value names ("bibtex", "csl-json", "nbib", ...),
 * in any case; -1 if none. */
int in_format_named(const char *);
const char *in_format_name(enum in_format);
/* The format of an input from its first bytes and its name. */
enum in_format in_format_sniff(const char *buf, size_t len,
    const char *name);

/* in_bibtex.c: BibTeX and BibLaTeX (btparse; TeX to Unicode by bibutils).
 * The entries as CSV, as in_table_csv() writes it (malloc'd; *csvlen
 * bytes). btparse reads in a child process (isolate.h): where it gives up
 * on a file (it exit()s on some malformed ones), that is an error of the
 * file and none of its entries is read. @string macros stay defined for
 * the inputs read after this one, as in BibTeX. */
char *in_bibtex(const char *buf, size_t len, const char *name,
    size_t *csvlen, struct diag_sink *);
/* --check on BibTeX and BibLaTeX: each entry that lacks a field its type
 * requires (biblatex's required fields; inherited ones count) told to
 * finding() with the entry's line. Returns the number of findings. */
int in_bibtex_check(const char *buf, size_t len, const char *name,
    void (*finding)(void *, unsigned long line, const char *msg), void *arg);
/* in_csljson.c: a CSL-JSON array of items (jansson). */
int in_csljson(const char *buf, size_t len, const char *name,
    struct in_table *, struct diag_sink *);
/* in_bibutils.c: RIS, EndNote (tagged), MEDLINE/PubMed, ISI (bibutils). */
int in_bibutils(enum in_format, const char *buf, size_t len,
    const char *name, struct in_table *, struct diag_sink *);

/* TeX in a BibTeX value as Unicode text: accents, special characters,
 * dashes, "~", "\&"; braces, math shifts and unknown commands dropped
 * (their arguments kept). Malloc'd. */
char *in_tex_text(const char *tex);

#endif
