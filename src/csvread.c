#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xalloc.h"

#define READ_BLOCK	65536

struct csvr {
	const char *name;
	int fd;			/* -1 when reading from memory */
	int close_fd;
	int eof;		/* nothing more to read into the buffer */
	int failed;		/* an error was returned; only EOF follows */
	int started;		/* the byte-order mark check is done */

	char *own;		/* the buffer we read into (fd mode) */
	const char *buf;	/* own, or the caller's memory */
	size_t cap, start, end;

	/* Scan state for the record that begins at buf[start]. */
	size_t scan;
	int inq;
	unsigned long nl;	/* line breaks seen inside it so far */
	unsigned long line;	/* line number of buf[start] */

	struct csv_parser parser;
	char *fbuf;		/* field bytes, each followed by a NUL */
	size_t flen, fcap;
	size_t *offs;		/* field i starts at fbuf + offs[i] */
	size_t *lens;
	size_t nf, nfcap;
	struct field *fields;
	size_t fieldscap;

	char err[256];
	unsigned long errline;
};

static int
keep_spaces(unsigned char c)
{
	(void)c;
	return 0;
}

static struct csvr *
csvr_new(const char *name)
{
	struct csvr *r = xcalloc(1, sizeof *r);

	r->name = name;
	r->fd = -1;
	r->line = 1;
	if (csv_init(&r->parser, CSV_STRICT | CSV_STRICT_FINI |
	    CSV_APPEND_NULL) != 0) {
		free(r);
		fputs("citeq: out of memory\n", stderr);
		exit(2);
	}
	csv_set_space_func(&r->parser, keep_spaces);
	return r;
}

struct csvr *
csvr_open_fd(int fd, const char *name, int close_fd)
{
	struct csvr *r = csvr_new(name);

	r->fd = fd;
	r->close_fd = close_fd;
	r->cap = READ_BLOCK;
	r->own = xmalloc(r->cap);
	r->buf = r->own;
	return r;
}

struct csvr *
csvr_open_mem(const void *buf, size_t len, const char *name)
{
	struct csvr *r = csvr_new(name);

	r->buf = buf;
	r->end = r->cap = len;
	r->eof = 1;
	return r;
}

void
csvr_close(struct csvr *r)
{
	if (r == NULL)
		return;
	if (r->close_fd && r->fd >= 0)
		close(r->fd);
	csv_free(&r->parser);
	free(r->own);
	free(r->fbuf);
	free(r->offs);
	free(r->lens);
	free(r->fields);
	free(r);
}

const char *
csvr_name(const struct csvr *r)
{
	return r->name;
}

const char *
csvr_error(const struct csvr *r)
{
	return r->err;
}

unsigned long
csvr_error_line(const struct csvr *r)
{
	return r->errline;
}

static enum csvr_status
fail(struct csvr *r, unsigned long line, const char *msg)
{
	snprintf(r->err, sizeof r->err, "%s", msg);
	r->errline = line;
	r->failed = 1;
	return CSVR_ERROR;
}

/* Reads more input after buf[end], moving the pending record to the front.
 * Returns 0, or -1 on a read error (errno set). */
static int
fill(struct csvr *r)
{
	ssize_t got;

	if (r->fd < 0) {
		r->eof = 1;
		return 0;
	}
	if (r->start > 0) {
		memmove(r->own, r->own + r->start, r->end - r->start);
		r->end -= r->start;
		r->scan -= r->start;
		r->start = 0;
	}
	if (r->end == r->cap) {
		r->cap *= 2;
		r->own = xrealloc(r->own, r->cap);
		r->buf = r->own;
	}
	do
		got = read(r->fd, r->own + r->end, r->cap - r->end);
	while (got < 0 && errno == EINTR);
	if (got < 0)
		return -1;
	if (got == 0)
		r->eof = 1;
	r->end += (size_t)got;
	return 0;
}

/* ---- libcsv callbacks: collect the fields of one record ---- */

static void
on_field(void *s, size_t len, void *data)
{
	struct csvr *r = data;

	if (r->nf == r->nfcap) {
		r->nfcap = r->nfcap ? r->nfcap * 2 : 32;
		r->offs = xreallocarray(r->offs, r->nfcap, sizeof *r->offs);
		r->lens = xreallocarray(r->lens, r->nfcap, sizeof *r->lens);
	}
	if (r->fcap - r->flen < len + 1) {
		while (r->fcap - r->flen < len + 1)
			r->fcap = r->fcap ? r->fcap * 2 : 4096;
		r->fbuf = xrealloc(r->fbuf, r->fcap);
	}
	if (len > 0)
		memcpy(r->fbuf + r->flen, s, len);
	r->fbuf[r->flen + len] = '\0';
	r->offs[r->nf] = r->flen;
	r->lens[r->nf] = len;
	r->flen += len + 1;
	r->nf++;
}

static void
on_record(int c, void *data)
{
	(void)c;
	(void)data;
}

/* Parses buf[from, to) as exactly one record into *row. */
static enum csvr_status
parse_record(struct csvr *r, size_t from, size_t to, unsigned long line,
    struct record *row)
{
	size_t len = to - from, i;

	r->nf = 0;
	r->flen = 0;
	if (csv_parse(&r->parser, r->buf + from, len, on_field, on_record,
	    r) != len || csv_fini(&r->parser, on_field, on_record, r) != 0)
		return fail(r, line, r->inq ? "unterminated quoted field" :
		    "malformed quoted field (a quote must open a field and be "
		    "doubled inside it)");
	if (r->nf > r->fieldscap) {
		r->fieldscap = r->nf;
		r->fields = xreallocarray(r->fields, r->fieldscap,
		    sizeof *r->fields);
	}
	for (i = 0; i < r->nf; i++) {
		r->fields[i].s = r->fbuf + r->offs[i];
		r->fields[i].len = r->lens[i];
	}
	row->file = r->name;
	row->line = line;
	row->n = r->nf;
	row->f = r->fields;
	return CSVR_ROW;
}

enum csvr_status
csvr_next(struct csvr *r, struct record *row)
{
	size_t i, from, term;
	unsigned long line;
	char c;

	if (r->failed)
		return CSVR_EOF;
	for (;;) {
		if (!r->started) {
			while (r->end - r->start < 3 && !r->eof)
				if (fill(r) < 0)
					return fail(r, 0, strerror(errno));
			if (r->end - r->start >= 3 &&
			    memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0)
				r->start = r->scan = r->start + 3;
			r->started = 1;
		}
		/* Look for the end of the record that starts at buf[start]. */
		term = 0;
		for (i = r->scan; i < r->end; i++) {
			c = r->buf[i];
			if (c == '"') {
				r->inq = !r->inq;
				continue;
			}
			if (c != '\n' && c != '\r')
				continue;
			if (c == '\r' && i + 1 == r->end && !r->eof)
				break;		/* CR or CRLF? read more first */
			term = (c == '\r' && i + 1 < r->end &&
			    r->buf[i + 1] == '\n') ? 2 : 1;
			if (!r->inq)
				break;
			r->nl++;		/* a line break inside quotes */
			i += term - 1;
			term = 0;
		}
		r->scan = i;
		if (term == 0 && !r->eof) {
			if (fill(r) < 0)
				return fail(r, r->line, strerror(errno));
			continue;
		}
		if (term == 0 && r->start == r->end)
			return CSVR_EOF;
		if (term == 0 && r->inq)
			return fail(r, r->line, "unterminated quoted field");

		from = r->start;
		line = r->line;
		r->line += r->nl + (term ? 1 : 0);
		r->nl = 0;
		r->start = r->scan = i + term;
		if (i == from)
			continue;		/* a blank line */
		return parse_record(r, from, i, line, row);
	}
}
