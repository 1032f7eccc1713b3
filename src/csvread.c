#include "csvread.h"

#include <csv.h>
#include <errno.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "csvsplit.h"
#include "xalloc.h"

#define READ_BLOCK	65536
#define PAGE		4096	/* csvr_fetch() reads whole pages, */
#define WINDOW		65536	/* and this much at most at once */
#define SNIFF_BYTES	65536	/* the delimiter is found in this much, */
#define SNIFF_LINES	6	/* or in as many lines */

/* libcsv (or the TSV splitter) and the fields of one record. */
struct recparser {
	struct csv_parser csv;
	char delim;		/* ',' ';' or '\t' */
	struct csvs_cell *cells;	/* for TSV */
	size_t ncells;
	char *fbuf;		/* field bytes, each followed by a NUL */
	size_t flen, fcap;
	size_t *offs;		/* field i starts at fbuf + offs[i] */
	size_t *lens;
	size_t nf, nfcap;
	struct field *fields;
	size_t fieldscap;
};

struct csvr {
	const char *name;
	int fd;			/* -1 when reading from memory */
	int close_fd;
	int keep_fd;		/* the spool of a pipe, or -1 */
	int seekable;		/* fd is a regular file */
	int eof;		/* nothing more to read into the buffer */
	int failed;		/* an error was returned; only EOF follows */
	int started;		/* the byte-order mark check is done */
	char delim;		/* ',' ';' or '\t'; 0 until found */
	uint64_t size;		/* of a file or memory; 0 if not known */

	char *own;		/* the buffer we read into (fd mode) */
	const char *buf;	/* own, or the caller's memory */
	size_t cap, start, end;
	uint64_t base;		/* input offset of buf[0] */
	uint64_t id;		/* when it was opened (csvr_ahead()) */
	uint64_t fills;		/* times buf was changed */

	/* Scan state for the record that begins at buf[start]. */
	size_t scan;
	int inq;		/* in quotes (TSV: 2 after a quote in them) */
	int nowait;		/* csvr_nowait() */
	enum csvs_simd simd;	/* csvr_simd() */
	struct csvs_shape shape;	/* CSV: of the record being scanned */
	long fields;		/* CSV: csvs_shape_fields() of last */
	size_t fstart;		/* TSV: where the field at scan began, or
				   NOFIELD when it is past its start */
	unsigned long nl;	/* line breaks seen inside it so far */
	unsigned long line;	/* line number of buf[start] */
	struct csvr_span last;
	const char *lastbytes;	/* the bytes of last, in buf */

	struct recparser rp;	/* for csvr_next() */
	struct recparser fp;	/* for csvr_fetch() */
	char *fetchbuf;		/* a window of the file for csvr_fetch() */
	size_t fetchcap;
	uint64_t winoff, winlen;	/* what the window holds */
	uint64_t winsize;	/* how much the next read of it takes */

	char err[256];
	unsigned long errline;

};

#define NOFIELD	((size_t)-1)

static int
keep_spaces(unsigned char c)
{
	(void)c;
	return 0;
}

static void
rp_set_delim(struct recparser *p, char delim)
{
	p->delim = delim;
	csv_set_delim(&p->csv, (unsigned char)delim);
}

static void
rp_init(struct recparser *p, char delim)
{
	memset(p, 0, sizeof *p);
	p->delim = delim;
	/* libcsv allocates through xrealloc(), which never returns NULL
	 * (xalloc.h): csv_init() fails only when its first allocation does. */
	if (csv_init(&p->csv, CSV_STRICT | CSV_STRICT_FINI |
	    CSV_APPEND_NULL) != 0)
		xalloc_fail();
	csv_set_space_func(&p->csv, keep_spaces);
	csv_set_realloc_func(&p->csv, xrealloc);
	rp_set_delim(p, delim);
}

static void
rp_free(struct recparser *p)
{
	csv_free(&p->csv);
	free(p->fbuf);
	free(p->offs);
	free(p->lens);
	free(p->fields);
	free(p->cells);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct recparser *p = data;

	if (p->nf == p->nfcap) {
		p->nfcap = p->nfcap ? p->nfcap * 2 : 32;
		p->offs = xreallocarray(p->offs, p->nfcap, sizeof *p->offs);
		p->lens = xreallocarray(p->lens, p->nfcap, sizeof *p->lens);
	}
	if (p->fcap - p->flen < len + 1) {
		while (p->fcap - p->flen < len + 1)
			p->fcap = p->fcap ? p->fcap * 2 : 4096;
		p->fbuf = xrealloc(p->fbuf, p->fcap);
	}
	if (len > 0)
		memcpy(p->fbuf + p->flen, s, len);
	p->fbuf[p->flen + len] = '\0';
	p->offs[p->nf] = p->flen;
	p->lens[p->nf] = len;
	p->flen += len + 1;
	p->nf++;
}

/* TAB-separated: tsvs_split() and each cell's value. */
static int
rp_parse_tsv(struct recparser *p, const char *s, size_t len)
{
	size_t i, max = 1;
	long n;

	for (i = 0; i < len; i++)
		max += s[i] == '\t';
	if (max > p->ncells) {
		p->ncells = max;
		p->cells = xreallocarray(p->cells, max, sizeof *p->cells);
	}
	if ((n = tsvs_split(s, len, p->cells, max, max)) < 0)
		return -1;
	if (p->fcap < len + max) {
		p->fcap = len + max;
		p->fbuf = xrealloc(p->fbuf, p->fcap);
	}
	for (i = 0; i < (size_t)n; i++) {
		if (p->nf == p->nfcap) {
			p->nfcap = p->nfcap ? p->nfcap * 2 : 32;
			p->offs = xreallocarray(p->offs, p->nfcap,
			    sizeof *p->offs);
			p->lens = xreallocarray(p->lens, p->nfcap,
			    sizeof *p->lens);
		}
		p->offs[p->nf] = p->flen;
		p->lens[p->nf] = csvs_cell_value(s, &p->cells[i],
		    p->fbuf + p->flen);
		p->flen += p->lens[p->nf] + 1;
		p->nf++;
	}
	return 0;
}

/* Parses s[0, len) as exactly one record into *row; -1 if malformed (the
 * parser is then unusable). */
static int
rp_parse(struct recparser *p, const char *s, size_t len, struct record *row)
{
	size_t i;

	p->nf = 0;
	p->flen = 0;
	if (p->delim == '\t') {
		if (rp_parse_tsv(p, s, len) != 0)
			return -1;
		goto fields;
	}
	/* libcsv grows a field's buffer by a fixed step: make the step the
	 * record's size, so that a 64 MB field is not copied a million times. */
	if (len + 1 > csv_get_buffer_size(&p->csv))
		csv_set_blk_size(&p->csv, len + 1);
	if (csv_parse(&p->csv, s, len, on_field, NULL, p) != len ||
	    csv_fini(&p->csv, on_field, NULL, p) != 0)
		return -1;
fields:
	if (p->nf > p->fieldscap) {
		p->fieldscap = p->nf;
		p->fields = xreallocarray(p->fields, p->fieldscap,
		    sizeof *p->fields);
	}
	for (i = 0; i < p->nf; i++) {
		p->fields[i].s = p->fbuf + p->offs[i];
		p->fields[i].len = p->lens[i];
	}
	row->n = p->nf;
	row->f = p->fields;
	return 0;
}

static struct csvr *
csvr_new(const char *name)
{
	struct csvr *r = xcalloc(1, sizeof *r);
	struct timespec ts;

	/* Two readers, one closed and one opened after it, may have the
	 * same address, their buffers too: not the same time. */
	if (clock_gettime(CLOCK_MONOTONIC, &ts) == 0)
		r->id = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
	r->name = name;
	r->fd = -1;
	r->keep_fd = -1;
	r->line = 1;
	r->simd = csvs_simd_best();
	csvs_shape_start(&r->shape);
	rp_init(&r->rp, ',');
	rp_init(&r->fp, ',');
	return r;
}

struct csvr *
csvr_open_fd(int fd, const char *name, int close_fd)
{
	struct csvr *r = csvr_new(name);
	struct stat st;

	r->fd = fd;
	r->close_fd = close_fd;
	r->seekable = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	r->size = r->seekable && st.st_size > 0 ? (uint64_t)st.st_size : 0;
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
	r->size = len;
	r->eof = 1;
	return r;
}

int
csvr_keep(struct csvr *r)
{
	FILE *tmp;

	if (r->fd < 0 || r->seekable)
		return 0;
	if ((tmp = tmpfile()) == NULL)
		return -1;
	r->keep_fd = dup(fileno(tmp));
	fclose(tmp);
	return r->keep_fd < 0 ? -1 : 0;
}

static int write_all(int, const char *, size_t);

int
csvr_prime(struct csvr *r, const void *bytes, size_t len)
{
	if (r->fd < 0 || r->end != 0)
		return -1;
	while (r->cap < len)
		r->cap *= 2;
	r->own = xrealloc(r->own, r->cap);
	r->buf = r->own;
	memcpy(r->own, bytes, len);
	r->end = len;
	r->fills++;
	if (r->keep_fd >= 0 && write_all(r->keep_fd, bytes, len) != 0)
		return -1;
	return 0;
}

struct csvr *
csvr_open_mem_own(void *buf, size_t len, const char *name)
{
	struct csvr *r = csvr_open_mem(buf, len, name);

	r->own = buf;		/* freed by csvr_close() */
	return r;
}

void
csvr_set_delim(struct csvr *r, char delim)
{
	r->delim = delim;
	if (delim != 0) {
		rp_set_delim(&r->rp, delim);
		rp_set_delim(&r->fp, delim);
	}
}

char
csvr_delim(const struct csvr *r)
{
	return r->delim ? r->delim : ',';
}

void
csvr_close(struct csvr *r)
{
	if (r == NULL)
		return;
	if (r->close_fd && r->fd >= 0)
		close(r->fd);
	if (r->keep_fd >= 0)
		close(r->keep_fd);
	rp_free(&r->rp);
	rp_free(&r->fp);
	free(r->own);
	free(r->fetchbuf);
	free(r);
}

uint64_t
csvr_size(const struct csvr *r)
{
	return r->size;
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

struct csvr_span
csvr_last(const struct csvr *r)
{
	return r->last;
}

static enum csvr_status
fail(struct csvr *r, unsigned long line, const char *msg)
{
	snprintf(r->err, sizeof r->err, "%s", msg);
	r->errline = line;
	r->failed = 1;
	return CSVR_ERROR;
}

static int
write_all(int fd, const char *s, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, s, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Reads more input after buf[end], moving the pending record to the front.
 * Returns 0, -1 on a read error (errno set), or 1 when the input has
 * nothing to read now and the reader is not to wait (csvr_nowait, once
 * the header is read). */
static int
fill(struct csvr *r)
{
	struct pollfd pf;
	ssize_t got;
	int ready;

	if (r->fd < 0) {
		r->eof = 1;
		return 0;
	}
	if (r->nowait && r->started && !r->seekable) {
		pf.fd = r->fd;
		pf.events = POLLIN;
		do
			ready = poll(&pf, 1, 0);
		while (ready < 0 && errno == EINTR);
		if (ready == 0)
			return 1;	/* read() will tell errors */
	}
	r->fills++;
	if (r->start > 0) {
		memmove(r->own, r->own + r->start, r->end - r->start);
		r->base += r->start;
		r->end -= r->start;
		r->scan -= r->start;
		if (r->fstart != NOFIELD)
			r->fstart -= r->start;
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
	if (r->keep_fd >= 0 && write_all(r->keep_fd, r->own + r->end,
	    (size_t)got) != 0)
		return -1;
	r->end += (size_t)got;
	return 0;
}

/* Whether a line break at buf[i] ends the record (1), or the next byte
 * must be read first to tell CR from CRLF (0); *term is its length. */
static int
line_end(const struct csvr *r, size_t i, size_t *term)
{
	if (r->buf[i] == '\r' && i + 1 == r->end && !r->eof)
		return 0;
	*term = (r->buf[i] == '\r' && i + 1 < r->end &&
	    r->buf[i + 1] == '\n') ? 2 : 1;
	return 1;
}

/* The end of the CSV record that starts at buf[start], from buf[scan]:
 * its index, with *term the line end's length there, or 0 when the
 * buffer ends first. Quotes may open and close anywhere: a quote in the
 * wrong place is libcsv's to find. A CR that ends the buffer waits for
 * the next byte (CR or CR LF?). */
static size_t
find_end_csv(struct csvr *r, size_t *term)
{
	size_t limit = r->end, i;
	int inq = r->inq;

	*term = 0;
	if (!r->eof && limit > r->scan && r->buf[limit - 1] == '\r')
		limit--;
	i = csvs_line_end(r->simd, r->buf, r->scan, limit, r->delim, &inq,
	    &r->nl, &r->shape);
	r->inq = inq;
	if (i < limit && !line_end(r, i, term))
		*term = 0;
	return i;
}

/* The same for TAB-separated text (tsvs_split): a quote opens quotes only
 * at the start of a field, and a line break ends the record outside
 * them. */
static size_t
find_end_tsv(struct csvr *r, size_t *term)
{
	size_t i;
	char c;

	*term = 0;
	for (i = r->scan; i < r->end; i++) {
		if (r->inq == 1)
			i = csvs_find(r->buf, i, r->end, '"', '\n', '\r', '"');
		else if (r->inq == 0 && i != r->fstart)
			i = csvs_find(r->buf, i, r->end, '\t', '\n', '\r',
			    '\t');
		if (i == r->end)
			break;
		c = r->buf[i];
		if (r->inq == 2) {	/* after a quote inside quotes */
			if (c == '"') {
				r->inq = 1;	/* a doubled quote */
				continue;
			}
			r->inq = 0;	/* they closed */
			r->fstart = NOFIELD;
		}
		if (r->inq == 1) {
			if (c == '"') {
				r->inq = 2;
				continue;
			}
			if (!line_end(r, i, term))
				break;
			r->nl++;	/* a line break inside quotes */
			i += *term - 1;
			*term = 0;
			continue;
		}
		if (c == '"' && i == r->fstart) {
			r->inq = 1;
			continue;
		}
		if (c == '\t') {
			r->fstart = i + 1;
			continue;
		}
		if (c == '\n' || c == '\r') {
			if (!line_end(r, i, term))
				break;
			break;
		}
	}
	return i;
}

/* Reads until the buffer holds SNIFF_BYTES, SNIFF_LINES lines or the
 * whole input, and finds the delimiter there. */
static int
sniff(struct csvr *r)
{
	size_t lines = 0, at = r->start;
	const char *nl;

	while (!r->eof && r->end - r->start < SNIFF_BYTES) {
		while (lines < SNIFF_LINES && (nl = memchr(r->buf + at, '\n',
		    r->end - at)) != NULL) {
			lines++;
			at = (size_t)(nl - r->buf) + 1;
		}
		if (lines >= SNIFF_LINES)
			break;
		at -= r->start;		/* fill() moves the bytes */
		if (fill(r) < 0)
			return -1;
		at += r->start;
	}
	csvr_set_delim(r, csvs_sniff(r->buf + r->start, r->end - r->start));
	return 0;
}

static enum csvr_status
scan_record(struct csvr *r, const char **bytes, size_t *len)
{
	size_t i, from, term;
	unsigned long line;
	int f;

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
			if (r->delim == 0 && sniff(r) < 0)
				return fail(r, 0, strerror(errno));
			r->fstart = r->start;
			r->started = 1;
		}
		/* Look for the end of the record that starts at buf[start]. */
		i = r->delim == '\t' ? find_end_tsv(r, &term) :
		    find_end_csv(r, &term);
		r->scan = i;
		if (term == 0 && !r->eof) {
			if ((f = fill(r)) > 0)
				return CSVR_AGAIN;
			if (f < 0)
				return fail(r, r->line, strerror(errno));
			continue;
		}
		if (term == 0 && r->start == r->end)
			return CSVR_EOF;
		if (term == 0 && r->inq == 1)
			return fail(r, r->line, "unterminated quoted field");

		from = r->start;
		line = r->line;
		r->line += r->nl + (term ? 1 : 0);
		r->nl = 0;
		r->start = r->scan = r->fstart = i + term;
		r->fields = csvs_shape_fields(&r->shape, r->inq);
		csvs_shape_start(&r->shape);
		r->inq = 0;
		if (i == from)
			continue;		/* a blank line */
		r->lastbytes = r->buf + from;
		r->last.offset = r->base + from;
		r->last.len = i - from;
		r->last.line = line;
		*bytes = r->lastbytes;
		*len = r->last.len;
		return CSVR_ROW;
	}
}

void
csvr_simd(struct csvr *r, enum csvs_simd simd)
{
	r->simd = simd;
}

void
csvr_nowait(struct csvr *r)
{
	r->nowait = 1;
}

const char *
csvr_ahead(const struct csvr *r, uint64_t *id, uint64_t *fills)
{
	*id = r->id;
	*fills = r->fills;
	return r->buf + r->end;
}

long
csvr_last_fields(const struct csvr *r)
{
	return r->delim == '\t' ? -2 : r->fields;
}

enum csvr_status
csvr_next_bytes(struct csvr *r, const char **bytes, size_t *len)
{
	if (r->failed)
		return CSVR_EOF;
	return scan_record(r, bytes, len);
}

enum csvr_status
csvr_parse(struct csvr *r, struct record *row)
{
	if (rp_parse(&r->rp, r->lastbytes, r->last.len, row) != 0)
		return fail(r, r->last.line, r->delim == '\t' ?
		    "malformed quoted field (a field that starts with a quote "
		    "must end with one, a tab or the line's end after it, and "
		    "a quote inside it is doubled)" :
		    "malformed quoted field (a quote must open a field and be "
		    "doubled inside it)");
	row->file = r->name;
	row->line = r->last.line;
	return CSVR_ROW;
}

enum csvr_status
csvr_next(struct csvr *r, struct record *row)
{
	const char *bytes;
	size_t len;
	enum csvr_status st = csvr_next_bytes(r, &bytes, &len);

	return st == CSVR_ROW ? csvr_parse(r, row) : st;
}

/* Where csvr_fetch_bytes() reads the record at sp from: pages around it,
 * and a larger window when the reads go on in order (or in reverse), so
 * that a scan costs one pread a window rather than one a row, and a row
 * here and there (a sorted order) no more than its pages. */
static void
fetch_window(struct csvr *r, const struct csvr_span *sp, uint64_t *start,
    uint64_t *end)
{
	uint64_t lo = sp->offset, hi = sp->offset + sp->len;
	uint64_t wlo = r->winoff, whi = r->winoff + r->winlen;

	if (r->winlen > 0 && lo >= whi && lo < whi + PAGE) {
		r->winsize = r->winsize * 2 > WINDOW ? WINDOW : r->winsize * 2;
		*start = lo - lo % PAGE;
		*end = *start + r->winsize;
	} else if (r->winlen > 0 && hi <= wlo && hi + PAGE > wlo) {
		r->winsize = r->winsize * 2 > WINDOW ? WINDOW : r->winsize * 2;
		*end = hi + (PAGE - hi % PAGE) % PAGE;
		*start = *end > r->winsize ? *end - r->winsize : 0;
	} else {
		r->winsize = PAGE;
		*start = lo - lo % PAGE;
		*end = *start + PAGE;
	}
	if (*end < hi)
		*end = hi + (PAGE - hi % PAGE) % PAGE;
}

/* Reads the bytes of the record at sp, from memory or through a window of
 * the file (fetch_window). */
int
csvr_fetch_bytes(struct csvr *r, const struct csvr_span *sp,
    const char **bytes)
{
	int fd = r->keep_fd >= 0 ? r->keep_fd : r->fd;
	uint64_t start, end, done = 0;
	ssize_t got;

	if (fd < 0) {
		*bytes = r->buf + sp->offset;
		return 0;
	}
	if (!r->seekable && r->keep_fd < 0) {
		snprintf(r->err, sizeof r->err, "input cannot be read again");
		return -1;
	}
	if (r->winlen > 0 && sp->offset >= r->winoff &&
	    sp->offset + sp->len <= r->winoff + r->winlen) {
		*bytes = r->fetchbuf + (sp->offset - r->winoff);
		return 0;
	}
	fetch_window(r, sp, &start, &end);
	if (r->fetchcap < end - start + 1) {
		r->fetchcap = (size_t)(end - start + 1);
		r->fetchbuf = xrealloc(r->fetchbuf, r->fetchcap);
	}
	r->winlen = 0;
	while (start + done < end) {
		got = pread(fd, r->fetchbuf + done, (size_t)(end - start - done),
		    (off_t)(start + done));
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0) {
			snprintf(r->err, sizeof r->err, "%s", strerror(errno));
			return -1;
		}
		if (got == 0)
			break;	/* the end of the file (or of the spool) */
		done += (uint64_t)got;
	}
	if (start + done < sp->offset + sp->len) {
		snprintf(r->err, sizeof r->err, "file changed while being read");
		return -1;
	}
	r->winoff = start;
	r->winlen = done;
	*bytes = r->fetchbuf + (sp->offset - start);
	return 0;
}

int
csvr_fetch(struct csvr *r, const struct csvr_span *sp, struct record *row)
{
	const char *bytes;

	if (csvr_fetch_bytes(r, sp, &bytes) != 0)
		return -1;
	return csvr_parse_bytes(r, bytes, sp, row);
}

int
csvr_parse_bytes(struct csvr *r, const char *bytes, const struct csvr_span *sp,
    struct record *row)
{
	if (rp_parse(&r->fp, bytes, sp->len, row) != 0) {
		/* A record that parsed once parses again unless the file
		 * changed; start the parser afresh either way. */
		rp_free(&r->fp);
		rp_init(&r->fp, csvr_delim(r));
		snprintf(r->err, sizeof r->err, "file changed while being read");
		return -1;
	}
	row->file = r->name;
	row->line = sp->line;
	return 0;
}
