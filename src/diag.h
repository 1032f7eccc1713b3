/* Diagnostics: library code never prints. It reports through a sink that the
 * front end supplies; the worst level reported decides the exit status. */
#ifndef CITEQ_DIAG_H
#define CITEQ_DIAG_H

struct diag_sink {
	/* file may be NULL (no place known); line 0 means the whole file. */
	void (*emit)(void *arg, const char *file, unsigned long line,
	    const char *msg);
	void *arg;
	int errors;		/* number of errors reported */
	int warnings;		/* and of warnings, which do not fail a run */
};

#if defined(__GNUC__)
#define CITEQ_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CITEQ_PRINTF(a, b)
/* Reports something worth knowing that is not an error. */
void diag_warn(struct diag_sink *, const char *file, unsigned long line,
    const char *fmt, ...) CITEQ_PRINTF(4, 5);

#endif

/* Reports an error; a NULL sink ignores it. */
void diag_error(struct diag_sink *, const char *file, unsigned long line,
    const char *fmt, ...) CITEQ_PRINTF(4, 5);

/* Reports something worth knowing that is not an error. */
void diag_warn(struct diag_sink *, const char *file, unsigned long line,
    const char *fmt, ...) CITEQ_PRINTF(4, 5);

#endif
