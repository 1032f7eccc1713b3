#include "isolate.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "xalloc.h"

struct sink {
	int fd;
	char **s;
	size_t *len, cap;
};

/* Reads what is there on s->fd into its buffer; 0 at the end of the pipe
 * (fd closed and set to -1), 1 to go on. */
static int
drain(struct sink *s)
{
	ssize_t got;

	if (s->cap - *s->len < 65536) {
		s->cap = s->cap ? s->cap * 2 : 65536 * 2;
		*s->s = xrealloc(*s->s, s->cap);
	}
	do
		got = read(s->fd, *s->s + *s->len, s->cap - *s->len - 1);
	while (got < 0 && errno == EINTR);
	if (got <= 0) {
		close(s->fd);
		s->fd = -1;
		return 0;
	}
	*s->len += (size_t)got;
	return 1;
}

int
isolate_write(int fd, const void *buf, size_t len)
{
	const char *p = buf;
	ssize_t put;

	while (len > 0) {
		if ((put = write(fd, p, len)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += put;
		len -= (size_t)put;
	}
	return 0;
}

/* A library's exit() in the child ends it here, before the parent's
 * atexit handlers (the pager's terminal restore, a fuzzer's report) and
 * its stdio buffers, which are the parent's to run and write. */
static void
child_exit(void)
{
	_exit(EXIT_FAILURE);
}

int
isolate(void (*fn)(void *, int), void *arg, struct isolated *res)
{
	int out[2], err[2];
	struct sink s[2];
	struct pollfd pfd[2];
	pid_t pid;
	int i, n;

	memset(res, 0, sizeof *res);
	if (pipe(out) < 0)
		return -1;
	if (pipe(err) < 0) {
		close(out[0]);
		close(out[1]);
		return -1;
	}
	if ((pid = fork()) < 0) {
		n = errno;
		close(out[0]);
		close(out[1]);
		close(err[0]);
		close(err[1]);
		errno = n;
		return -1;
	}
	if (pid == 0) {
		/* what the parent has not written yet is the parent's: the
		 * exit() of a library must not write it a second time */
		__fpurge(stdout);
		close(out[0]);
		close(err[0]);
		if (err[1] != STDERR_FILENO) {
			dup2(err[1], STDERR_FILENO);
			close(err[1]);
		}
		signal(SIGPIPE, SIG_DFL);
		if (atexit(child_exit) != 0)
			_exit(EXIT_FAILURE);
		fn(arg, out[1]);
		_exit(0);
	}
	close(out[1]);
	close(err[1]);
	s[0] = (struct sink){ out[0], &res->out, &res->outlen, 0 };
	s[1] = (struct sink){ err[0], &res->err, &res->errlen, 0 };
	while (s[0].fd >= 0 || s[1].fd >= 0) {
		for (i = n = 0; i < 2; i++)
			if (s[i].fd >= 0)
				pfd[n++] = (struct pollfd){ s[i].fd, POLLIN, 0 };
		if (poll(pfd, (nfds_t)n, -1) < 0) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = n = 0; i < 2; i++) {
			if (s[i].fd < 0)
				continue;
			if (pfd[n++].revents != 0)
				drain(&s[i]);
		}
	}
	for (i = 0; i < 2; i++)
		if (s[i].fd >= 0)
			close(s[i].fd);
	while (waitpid(pid, &res->status, 0) < 0 && errno == EINTR)
		continue;
	if (res->out == NULL)
		res->out = xmalloc(1);
	if (res->err == NULL)
		res->err = xmalloc(1);
	res->err[res->errlen] = '\0';
	return 0;
}

const char *
isolate_failure(const struct isolated *res, char *buf, size_t n)
{
	if (WIFEXITED(res->status) && WEXITSTATUS(res->status) == 0)
		return NULL;
	if (WIFEXITED(res->status))
		snprintf(buf, n, "exit status %d", WEXITSTATUS(res->status));
	else if (WIFSIGNALED(res->status))
		snprintf(buf, n, "signal %d (%s)", WTERMSIG(res->status),
		    strsignal(WTERMSIG(res->status)));
	else
		snprintf(buf, n, "status %d", res->status);
	return buf;
}

void
isolated_free(struct isolated *res)
{
	free(res->out);
	free(res->err);
	memset(res, 0, sizeof *res);
}
