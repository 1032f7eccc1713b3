/* Inputs: the built-in data, standard input or a path, opened in one place
 * for queries, --check and the pager. */
#ifndef CITEQ_INPUT_H
#define CITEQ_INPUT_H

#include "csvread.h"
#include "diag.h"
#include "in.h"

/* An input: a path, "-" for standard input, or NULL for the built-in data. */
struct input {
	const char *path;
	int implicit;		/* standard input read because no FILE was
				   named and it is not a terminal */
	char delim;		/* --delimiter: ',', ';' or '\t'; 0 to find
				   it (input_delim) */
	enum in_format from;	/* --from, or IN_AUTO */
};

/* The FILE that names the built-in data on the command line. */
#define INPUT_BUILTIN "@builtin"

/* What to add to a message about an input that lacks what was asked of
 * it: for standard input read without being named, how it came to be
 * read and how to get the built-in data instead; else "". */
const char *input_hint(const struct input *);

/* The name an input goes by in messages. */
const char *input_name(const struct input *);

/* The delimiter an input is read with before its header is seen: the
 * one given, a tab for --from=tsv or a path ending in .tsv or .tab (in
 * any case), as xsv has it, or 0: found from the header (csvs_sniff). */
char input_delim(const struct input *);

/* Opens an input for reading CSV: a bibliography (BibTeX, CSL-JSON,
 * RIS, ...; by --from, else by content) is read whole into CSV first
 * (in_table.h); with keep, what comes from a pipe is
 * kept so that records can be read again (csvr_keep). NULL when it cannot
 * be opened (reported). */
struct csvr *input_open(const struct input *, int keep, struct diag_sink *);
/* The same, and where the input is a bibliography, its bytes and format
 * are shown to seen first (whether named or standard input, which can be
 * read only once). */
struct csvr *input_open_seen(const struct input *, int keep,
    struct diag_sink *, void (*seen)(void *arg, const char *bytes,
    size_t len, enum in_format), void *arg);

#endif
