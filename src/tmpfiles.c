/* O_TMPFILE (Linux 3.11 on, where the file system has it) makes a file
 * that never has a name; elsewhere mkstemp() makes one and unlink() takes
 * its name away at once, leaving a window of two system calls. */
#define _GNU_SOURCE
#include "tmpfiles.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int
tmpfile_open(const char *dir, char *err, size_t errlen)
{
	size_t n = strlen(dir);
	char *path;
	int fd;

	if (n == 0)
		dir = ".";
#ifdef O_TMPFILE
	fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
	if (fd >= 0)
		return fd;
	if (errno != EOPNOTSUPP && errno != EISDIR && errno != EINVAL) {
		snprintf(err, errlen, "temporary file in %s: %s", dir,
		    strerror(errno));
		return -1;
	}
#endif
	path = malloc(strlen(dir) + sizeof "/citeq-XXXXXX");
	if (path == NULL) {
		snprintf(err, errlen, "temporary file in %s: %s", dir,
		    strerror(ENOMEM));
		return -1;
	}
	strcpy(path, dir);
	strcat(path, "/citeq-XXXXXX");
	fd = mkstemp(path);
	if (fd < 0 || unlink(path) != 0) {
		snprintf(err, errlen, "temporary file in %s: %s", dir,
		    strerror(errno));
		if (fd >= 0)
			close(fd);
		fd = -1;
	}
	free(path);
	return fd;
}
