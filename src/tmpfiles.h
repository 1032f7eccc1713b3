/* Temporary files that leave nothing behind: a file in a directory
 * ($TMPDIR) that has no name from the moment it is opened, so that
 * neither an exit nor any signal, SIGKILL included, can leave it there.
 * Its space is freed when its descriptor is closed. */
#ifndef CITEQ_TMPFILES_H
#define CITEQ_TMPFILES_H

#include <stddef.h>

/* A descriptor open for reading and writing on a new, nameless file in
 * dir; or -1 with the reason in err. */
int tmpfile_open(const char *dir, char *err, size_t errlen);

#endif
