/* The environment citeq depends on, read in one place (env.c) and then
 * passed on as values: nothing else calls getenv() or asks whether a
 * descriptor is a terminal. */
#ifndef CITEQ_ENV_H
#define CITEQ_ENV_H

#include <stddef.h>

/* What the front end learns of its surroundings, once. */
struct env {
	const char *columns;	/* COLUMNS */
	const char *no_color;	/* NO_COLOR */
	const char *term;	/* TERM */
	const char *pager;	/* CITEQ_PAGER */
	const char *plain;	/* CITEQ_PLAIN */
	const char *simd;	/* CITEQ_SIMD */
	const char *threads;	/* CITEQ_THREADS */
	int stdout_tty;		/* standard output is a terminal */
	int stdin_data;		/* standard input is a pipe, file or socket */
	size_t tty_cols, tty_rows;	/* its size; 0 when not known */
	int utf8;		/* the locale's character set is UTF-8 */
	const char *tmpdir;	/* TMPDIR */
};

/* Reads the environment variables above and looks at standard input and
 * output. */
void env_read(struct env *);

#endif
