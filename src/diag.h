/* Diagnostics: library code never prints. It reports through a sink that the
 * front end supplies, each message with its level, as mandoc's messages
 * carry theirs; the levels seen decide the exit status. A sink can hold its
 * messages back (while the pager has the screen) and pass them on later,
 * unchanged. */
#ifndef CITEQ_DIAG_H
#define CITEQ_DIAG_H

#include <stddef.h>

enum diag_level { DIAG_NOTE, DIAG_WARNING, DIAG_ERROR, DIAG__COUNT };

struct diag_held;
struct diag_tallies;

struct diag_sink {
	/* file may be NULL (no place known); line 0 means the whole file. */
	void (*emit)(void *arg, enum diag_level, const char *file,
	    unsigned long line, const char *msg);
	void *arg;
	int seen[DIAG__COUNT];	/* messages reported, by level */
	struct diag_held *held;	/* while holding: the messages kept */
	struct diag_tallies *tallies;	/* problems counted, not yet told */
	int strict;		/* --strict: tallied problems are errors */
};

#if defined(__GNUC__)
#define CITEQ_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define CITEQ_PRINTF(a, b)
#endif

/* Reports a message; a NULL sink ignores it. */
void diag_report(struct diag_sink *, enum diag_level, const char *file,
    unsigned long line, const char *fmt, ...) CITEQ_PRINTF(5, 6);
/* The same at each level. */
#define diag_error(d, file, line, ...) \
	diag_report((d), DIAG_ERROR, (file), (line), __VA_ARGS__)
#define diag_warn(d, file, line, ...) \
	diag_report((d), DIAG_WARNING, (file), (line), __VA_ARGS__)
#define diag_note(d, file, line, ...) \
	diag_report((d), DIAG_NOTE, (file), (line), __VA_ARGS__)

/* A problem in the data that may repeat on many rows (a date that cannot
 * be read): counted per file and kind (what, a fixed string such as "a
 * date that cannot be read"), the same row once, and told by diag_flush()
 * as one message with the count, the first line and its value. */
void diag_tally(struct diag_sink *, const char *file, unsigned long line,
    const char *what, const char *value, size_t n);
#define DIAG_BAD_DATE	"a date that cannot be read"
/* Tells what was tallied, in the order first seen: "FILE: N rows with
 * WHAT, at line L: 'VALUE'", a warning, or an error with strict. */
void diag_flush(struct diag_sink *);

/* Were errors reported? */
int diag_failed(const struct diag_sink *);
/* The exit status: 2 after an error or when the run could not start
 * (matched < 0), else 0 when something matched and 1 when nothing did. */
int diag_status(const struct diag_sink *, long matched);

/* From now on messages are kept, not emitted (they still count). */
void diag_hold(struct diag_sink *);
/* The text of the last message kept since the previous call, or NULL. */
const char *diag_held_last(struct diag_sink *);
/* Emits the messages kept, in order and unchanged, and stops holding. */
void diag_release(struct diag_sink *);

/* The line a front end prints for a message: "citeq: FILE:LINE: warning:
 * MSG\n", with the file and the message made terminal-safe; "warning: "
 * (or "note: ") names the level, except for a warning about a whole file
 * ("citeq: FILE: MSG"). Returns the line (free() it). */
char *diag_format(enum diag_level, const char *file, unsigned long line,
    const char *msg);

#endif
