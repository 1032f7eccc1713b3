#define _GNU_SOURCE		/* MAP_POPULATE */
#include "filemap.h"

#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xalloc.h"

struct map {
	const char *p;
	size_t len;
};

struct filemap {
	struct map *m;
	size_t n;
};

struct filemap *
filemap_open(const struct input *in, size_t n, uint64_t max)
{
	struct filemap *f = xcalloc(1, sizeof *f);
	uint64_t total = 0;
	struct stat *st;
	int *fd;
	size_t i;

	f->m = xcalloc(n + 1, sizeof *f->m);
	f->n = n;
	st = xcalloc(n + 1, sizeof *st);
	fd = xcalloc(n + 1, sizeof *fd);
	for (i = 0; i < n; i++) {
		fd[i] = -1;
		if (in[i].path == NULL)		/* the built-in data */
			continue;
		if (strcmp(in[i].path, "-") == 0)
			fd[i] = dup(STDIN_FILENO);
		else
			fd[i] = open(in[i].path, O_RDONLY | O_CLOEXEC);
		if (fd[i] >= 0 && (fstat(fd[i], &st[i]) != 0 ||
		    !S_ISREG(st[i].st_mode) || st[i].st_size <= 0)) {
			close(fd[i]);
			fd[i] = -1;
		}
		if (fd[i] >= 0)
			total += (uint64_t)st[i].st_size;
	}
	for (i = 0; i < n; i++) {
		void *p;

		if (fd[i] < 0)
			continue;
		if (total <= max && (uint64_t)st[i].st_size <= SIZE_MAX) {
			/* the page tables filled at once: a fault a page
			 * costs more */
			p = mmap(NULL, (size_t)st[i].st_size, PROT_READ,
			    MAP_PRIVATE | MAP_POPULATE, fd[i], 0);
			if (p != MAP_FAILED) {
				f->m[i].p = p;
				f->m[i].len = (size_t)st[i].st_size;
			}
		}
		close(fd[i]);
	}
	free(fd);
	free(st);
	return f;
}

void
filemap_close(struct filemap *f)
{
	size_t i;

	if (f == NULL)
		return;
	for (i = 0; i < f->n; i++)
		if (f->m[i].p != NULL)
			munmap((void *)(uintptr_t)f->m[i].p, f->m[i].len);
	free(f->m);
	free(f);
}

const char *
filemap_row(const struct filemap *f, const struct rowref *ref,
    const char *bytes, size_t len)
{
	const struct map *m;
	const char *p;

	if (ref->input >= f->n)
		return NULL;
	m = &f->m[ref->input];
	if (m->p == NULL || ref->span.offset > m->len ||
	    len > m->len - ref->span.offset)
		return NULL;
	p = m->p + ref->span.offset;
	return memcmp(p, bytes, len) == 0 ? p : NULL;
}
