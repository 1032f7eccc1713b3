/* The command line: citeq's options parsed into what a run needs, with the
 * environment (read once, by env_read()) folded in. Parsing reports to a
 * diagnostics sink and returns a status; it never prints or exits. */
#ifndef CITEQ_OPTIONS_H
#define CITEQ_OPTIONS_H

#include <stddef.h>

#include "diag.h"
#include "env.h"
#include "filter.h"
#include "input.h"
#include "out.h"

enum pager_when { PAGER_NEVER, PAGER_AUTO, PAGER_ALWAYS };

enum action {
	ACT_QUERY,		/* print (or page) the matching rows */
	ACT_CHECK,		/* --check */
	ACT_COLUMNS,		/* --columns */
	ACT_HELP,		/* --help */
	ACT_VERSION		/* --version */
};

struct options {
	enum action action;
	struct filter *filter;
	enum format format;
	const char *fields;		/* -F list, or NULL */
	const char *sort;		/* -S list, or NULL */
	const char *group_by;		/* -G column, or NULL */
	enum date_field date_field;	/* for -G year */
	int count;			/* -c */
	int strict;			/* --strict: data problems are errors */
	int plain;			/* CITEQ_PLAIN: no fast path */
	int simd;			/* CITEQ_SIMD: an enum csvs_simd
					   the scans may use at most, or
					   -1 for the best the machine has */
	unsigned threads;		/* CITEQ_THREADS: how many threads
					   print, or 0 to choose */
	size_t buffer_size;		/* --buffer-size: -S's memory budget
					   in bytes, or 0 for the default */
	const char *tmpdir;		/* TMPDIR: -S's temporary files */
	struct table_opts table;	/* colour and width */
	enum pager_when pager;		/* PAGER_AUTO only on a terminal */
	int bidi;			/* --bidi */
	size_t screen_rows;		/* the terminal's height, or 0 */
	const char *term;		/* TERM, for messages */
	char *filters;			/* the filter options, for the pager's
					   status line */
	struct input *inputs;		/* the FILEs, or standard input, or
					   the built-in data */
	size_t ninputs;
};

/* Parses argv into opt. 0; or -1 with the reason reported (a usage
 * error). opt must be freed either way. */
int options_parse(struct options *, int argc, char **argv, const struct env *,
    struct diag_sink *);
void options_free(struct options *);

/* The synopsis (as in the man page) and the help that follows it (in
 * parts, NULL-terminated). */
extern const char options_synopsis[];
extern const char *const options_help[];

#endif
