/* A reader run in a child process. btparse exit()s, or fails an assertion,
 * on some malformed .bib files (its parser's error recovery builds trees
 * its own checks then refuse), and keeps its parser's state in globals
 * that a file it gave up on leaves behind. Run in a child, such a library
 * takes only the child with it, and each file starts afresh; the parent
 * tells what happened as an error of that file. */
#ifndef CITEQ_ISOLATE_H
#define CITEQ_ISOLATE_H

#include <stddef.h>

struct isolated {
	char *out;		/* what the child wrote on its fd, and room
				 * for a byte after it */
	size_t outlen;
	char *err;		/* what it wrote on stderr, NUL-terminated */
	size_t errlen;
	int status;		/* as waitpid() gives it */
};

/* Runs fn(arg, fd) in a child process, fd the write end of a pipe the
 * parent reads into res->out; the child's stderr goes to res->err. The
 * child must not write on stdout. 0, or -1 when no child could be
 * started (errno says why). */
int isolate(void (*fn)(void *arg, int fd), void *arg, struct isolated *res);
/* Writes all of buf on fd (for fn); -1 on an error. */
int isolate_write(int fd, const void *buf, size_t len);
/* How the child ended when not with status 0 ("exit status 1", "signal 6
 * (Aborted)"), into buf; NULL when it ended well. */
const char *isolate_failure(const struct isolated *, char *buf, size_t n);
void isolated_free(struct isolated *);

#endif
