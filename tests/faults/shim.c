/* An LD_PRELOAD shim that injects faults, as jq's tests do:
 *   CITEQ_FAULT_OPEN=NAME        open() of a path ending in NAME fails
 *                                with EACCES
 *   CITEQ_FAULT_READ_AFTER=N     read() from files and pipes (fd > 2, or
 *                                standard input) fails with EIO once N
 *                                bytes have been read
 *   CITEQ_FAULT_MALLOC_AFTER=N   malloc, calloc and realloc return NULL
 *                                after N successful calls
 * Not for sanitizer builds: they replace malloc themselves. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

extern void *__libc_malloc(size_t);
extern void *__libc_calloc(size_t, size_t);
extern void *__libc_realloc(void *, size_t);

static long
env_num(const char *name)
{
	const char *v = getenv(name);

	return v != NULL && *v != '\0' ? strtol(v, NULL, 10) : -1;
}

static int
alloc_fails(void)
{
	static long limit = -2, calls;

	if (limit == -2)
		limit = -1, limit = env_num("CITEQ_FAULT_MALLOC_AFTER");
	return limit >= 0 && calls++ >= limit;
}

void *
malloc(size_t n)
{
	return alloc_fails() ? (errno = ENOMEM, NULL) : __libc_malloc(n);
}

void *
calloc(size_t n, size_t size)
{
	return alloc_fails() ? (errno = ENOMEM, NULL) : __libc_calloc(n, size);
}

void *
realloc(void *p, size_t n)
{
	return alloc_fails() ? (errno = ENOMEM, NULL) : __libc_realloc(p, n);
}

static int
open_fails(const char *path)
{
	const char *name = getenv("CITEQ_FAULT_OPEN");
	size_t n, k;

	if (name == NULL || *name == '\0' || path == NULL)
		return 0;
	n = strlen(name);
	k = strlen(path);
	return k >= n && strcmp(path + k - n, name) == 0;
}

int
open(const char *path, int flags, ...)
{
	static int (*real)(const char *, int, ...);
	mode_t mode = 0;
	va_list ap;

	if (flags & O_CREAT) {
		va_start(ap, flags);
		mode = (mode_t)va_arg(ap, int);
		va_end(ap);
	}
	if (open_fails(path)) {
		errno = EACCES;
		return -1;
	}
	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "open");	/* POSIX idiom */
	return real(path, flags, mode);
}

ssize_t
read(int fd, void *buf, size_t n)
{
	static ssize_t (*real)(int, void *, size_t);
	static long limit = -2, done;
	ssize_t got;

	if (real == NULL)
		*(void **)&real = dlsym(RTLD_NEXT, "read");
	if (limit == -2)
		limit = env_num("CITEQ_FAULT_READ_AFTER");
	if (limit >= 0 && fd != 1 && fd != 2) {
		if (done >= limit) {
			errno = EIO;
			return -1;
		}
		if ((long)n > limit - done)
			n = (size_t)(limit - done);
	}
	got = real(fd, buf, n);
	if (got > 0)
		done += got;
	return got;
}
