#define _GNU_SOURCE		/* sysconf(_SC_PHYS_PAGES), pread, pwrite */
#include "extsort.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "bigalloc.h"
#include "display.h"
#include "tmpfiles.h"
#include "xalloc.h"

#define IOBUF	(64 * 1024)	/* a run reader's buffer */
#define WBUF	(256 * 1024)	/* the writer's */
#define MIN_FANIN 4
#define MAX_FANIN 256

/* A row kept in memory: where it is, and its bytes: at the arena's
 * offset at, or, with RESIDENT set in len, at the address at (bytes that
 * outlive the sorter, not copied). */
struct kept {
	struct rowref ref;
	uintptr_t at;
	size_t len;
	long fields;		/* the reader's count, or -2 */
};

#define RESIDENT ((size_t)1 << (sizeof(size_t) * CHAR_BIT - 1))

static const char *
kept_bytes(const char *arena, const struct kept *kp)
{
	return kp->len & RESIDENT ? (const char *)kp->at : arena + kp->at;
}

/* A row in a run: this header, its flat keys, its bytes. */
struct rec {
	size_t keylen, len;
	struct rowref ref;
	long fields;
};

/* A run: rows in order, at [start, end) of a temporary file. */
struct run {
	uint64_t start, end;
};

struct reader {
	uint64_t pos, end;	/* what is left of the run in the file */
	char *buf;
	size_t at, fill;
	struct rec hdr;
	struct buf rec;		/* keys, then bytes */
	int has;
};

struct writer {
	int fd;
	uint64_t off;
	char *buf;
	size_t n;
};

struct extsort {
	const struct sort_key *k;
	size_t nk;
	size_t budget;
	const char *tmpdir;
	size_t fanin;
	/* the rows in memory */
	struct sorter *s;
	struct kept *kept;
	size_t n, cap;
	char *arena;		/* the rows' bytes */
	size_t alen, acap;
	size_t rowbytes;	/* the bytes of the rows in memory */
	struct kept *inorder;	/* after extsort_finish() in memory */
	size_t ninorder;
	/* the runs, in the order of their rows in the input */
	int fd[2];		/* fd[0] holds runs; fd[1] takes merges */
	struct run *runs;
	size_t nruns, capruns;
	struct buf flat;
	/* the merge */
	struct reader *rd;
	size_t *heap, nheap;
	int popped;		/* heap[0] was handed out */
	int mergefd;
	int failed;		/* a temporary file could not be used */
};

struct extsort *
extsort_new(const struct sort_key *k, size_t nk, size_t budget,
    const char *tmpdir)
{
	struct extsort *e = xcalloc(1, sizeof *e);

	e->k = k;
	e->nk = nk;
	e->budget = budget ? budget : extsort_default_budget();
	e->tmpdir = tmpdir != NULL && *tmpdir != '\0' ? tmpdir : "/tmp";
	/* the readers' buffers take up to half the budget */
	e->fanin = e->budget / 2 / IOBUF;
	if (e->fanin < MIN_FANIN)
		e->fanin = MIN_FANIN;
	if (e->fanin > MAX_FANIN)
		e->fanin = MAX_FANIN;
	e->s = sorter_new(k, nk);
	e->fd[0] = e->fd[1] = -1;
	return e;
}

static void
readers_free(struct extsort *e, size_t n)
{
	size_t i;

	for (i = 0; e->rd != NULL && i < n; i++) {
		free(e->rd[i].buf);
		buf_free(&e->rd[i].rec);
	}
	free(e->rd);
	free(e->heap);
	e->rd = NULL;
	e->heap = NULL;
	e->nheap = 0;
}

void
extsort_free(struct extsort *e)
{
	int i;

	if (e == NULL)
		return;
	readers_free(e, e->fanin);
	sorter_free(e->s);
	big_free(e->kept, e->cap * sizeof *e->kept);
	big_free(e->inorder, e->ninorder * sizeof *e->inorder);
	big_free(e->arena, e->acap);
	buf_free(&e->flat);
	free(e->runs);
	for (i = 0; i < 2; i++)
		if (e->fd[i] >= 0)
			close(e->fd[i]);
	free(e);
}

size_t
extsort_budget(const struct extsort *e)
{
	return e->budget;
}

size_t
extsort_runs(const struct extsort *e)
{
	return e->nruns;
}

/* ---- writing and reading runs ---- */

static int
io_error(struct extsort *e, struct diag_sink *d, int err)
{
	e->failed = 1;
	diag_error(d, NULL, 0, "temporary file in %s: %s", e->tmpdir,
	    strerror(err));
	return -1;
}

static int
w_flush(struct extsort *e, struct writer *w, struct diag_sink *d)
{
	size_t done = 0;
	ssize_t r;

	while (done < w->n) {
		r = pwrite(w->fd, w->buf + done, w->n - done,
		    (off_t)(w->off + done));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return io_error(e, d, r < 0 ? errno : ENOSPC);
		done += (size_t)r;
	}
	w->off += w->n;
	w->n = 0;
	return 0;
}

static int
w_put(struct extsort *e, struct writer *w, const void *p, size_t n,
    struct diag_sink *d)
{
	const char *s = p;

	while (n > 0) {
		size_t room = WBUF - w->n, c = n < room ? n : room;

		memcpy(w->buf + w->n, s, c);
		w->n += c;
		s += c;
		n -= c;
		if (w->n == WBUF && w_flush(e, w, d) != 0)
			return -1;
	}
	return 0;
}

static int
r_get(struct extsort *e, int fd, struct reader *r, void *dst, size_t n,
    struct diag_sink *d)
{
	char *o = dst;

	while (n > 0) {
		size_t c;

		if (r->at == r->fill) {
			uint64_t left = r->end - r->pos;
			size_t want = left < IOBUF ? (size_t)left : IOBUF;
			ssize_t got;

			if (want == 0)
				return io_error(e, d, EIO);
			do
				got = pread(fd, r->buf, want, (off_t)r->pos);
			while (got < 0 && errno == EINTR);
			if (got <= 0)
				return io_error(e, d, got < 0 ? errno :
				    EIO);
			r->pos += (uint64_t)got;
			r->at = 0;
			r->fill = (size_t)got;
		}
		c = r->fill - r->at < n ? r->fill - r->at : n;
		memcpy(o, r->buf + r->at, c);
		r->at += c;
		o += c;
		n -= c;
	}
	return 0;
}

/* The reader's next row into hdr and rec; has is 0 at the run's end. */
static int
r_next(struct extsort *e, int fd, struct reader *r, struct diag_sink *d)
{
	if (r->pos == r->end && r->at == r->fill) {
		r->has = 0;
		return 0;
	}
	if (r_get(e, fd, r, &r->hdr, sizeof r->hdr, d) != 0)
		return -1;
	r->rec.len = 0;
	if (r->hdr.keylen + r->hdr.len + 1 > r->rec.cap) {
		r->rec.cap = r->hdr.keylen + r->hdr.len + 1;
		r->rec.s = xrealloc(r->rec.s, r->rec.cap);
	}
	if (r_get(e, fd, r, r->rec.s, r->hdr.keylen + r->hdr.len, d) != 0)
		return -1;
	r->rec.len = r->hdr.keylen + r->hdr.len;
	r->has = 1;
	return 0;
}

static int
open_fd(struct extsort *e, int i, struct diag_sink *d)
{
	char err[512];

	if (e->fd[i] >= 0)
		return 0;
	if ((e->fd[i] = tmpfile_open(e->tmpdir, err, sizeof err)) < 0) {
		e->failed = 1;
		diag_error(d, NULL, 0, "%s", err);
		return -1;
	}
	return 0;
}

static void
add_run(struct extsort *e, uint64_t start, uint64_t end)
{
	if (e->nruns == e->capruns) {
		e->capruns = e->capruns ? e->capruns * 2 : 16;
		e->runs = xreallocarray(e->runs, e->capruns, sizeof *e->runs);
	}
	e->runs[e->nruns].start = start;
	e->runs[e->nruns].end = end;
	e->nruns++;
}

/* The rows in memory, sorted, as a run at the end of fd[0]. */
static int
spill(struct extsort *e, struct diag_sink *d)
{
	struct writer w = { 0 };
	const size_t *order;
	size_t n, i;
	int r = -1;

	if (open_fd(e, 0, d) != 0)
		return -1;
	w.fd = e->fd[0];
	w.off = e->nruns ? e->runs[e->nruns - 1].end : 0;
	w.buf = xmalloc(WBUF);
	order = sorter_order(e->s, &n);
	for (i = 0; i < n; i++) {
		const struct kept *kp = &e->kept[order[i]];
		struct rec h;

		memset(&h, 0, sizeof h);	/* no stray padding written */
		e->flat.len = 0;
		sorter_flat(e->s, order[i], &e->flat);
		h.keylen = e->flat.len;
		h.len = kp->len & ~RESIDENT;
		h.ref = kp->ref;
		h.fields = kp->fields;
		if (w_put(e, &w, &h, sizeof h, d) != 0 ||
		    w_put(e, &w, e->flat.s, e->flat.len, d) != 0 ||
		    w_put(e, &w, kept_bytes(e->arena, kp), h.len, d) != 0)
			goto out;
	}
	if (w_flush(e, &w, d) != 0)
		goto out;
	add_run(e, e->nruns ? e->runs[e->nruns - 1].end : 0, w.off);
	sorter_free(e->s);
	e->s = sorter_new(e->k, e->nk);
	e->n = 0;
	e->alen = e->rowbytes = 0;
	r = 0;
out:
	free(w.buf);
	return r;
}

/* ---- merging ---- */

/* Whether reader a's row goes before b's: by keys, then by run (a run's
 * rows came before those of the runs after it). */
static int
before(const struct extsort *e, size_t a, size_t b)
{
	int c = sort_cmp_flat(e->k, e->nk, e->rd[a].rec.s, e->rd[b].rec.s);

	return c != 0 ? c < 0 : a < b;
}

static void
sift_down(struct extsort *e, size_t i)
{
	size_t *h = e->heap, n = e->nheap;

	for (;;) {
		size_t l = 2 * i + 1, m = i, t;

		if (l < n && before(e, h[l], h[m]))
			m = l;
		if (l + 1 < n && before(e, h[l + 1], h[m]))
			m = l + 1;
		if (m == i)
			return;
		t = h[i];
		h[i] = h[m];
		h[m] = t;
		i = m;
	}
}

/* Readers on runs [first, first + n) of fd, each at its first row. */
static int
merge_open(struct extsort *e, int fd, size_t first, size_t n,
    struct diag_sink *d)
{
	size_t i;

	e->rd = xcalloc(e->fanin, sizeof *e->rd);
	e->heap = xcalloc(e->fanin, sizeof *e->heap);
	e->nheap = 0;
	e->popped = 0;
	e->mergefd = fd;
	for (i = 0; i < n; i++) {
		struct reader *r = &e->rd[i];

		r->pos = e->runs[first + i].start;
		r->end = e->runs[first + i].end;
		r->buf = xmalloc(IOBUF);
		if (r_next(e, fd, r, d) != 0)
			return -1;
		if (r->has)
			e->heap[e->nheap++] = i;
	}
	for (i = e->nheap; i-- > 0;)
		sift_down(e, i);
	return 0;
}

/* The reader with the next row of the merge, or NULL at its end. */
static struct reader *
merge_next(struct extsort *e, struct diag_sink *d)
{
	if (e->popped && e->nheap > 0) {
		struct reader *r = &e->rd[e->heap[0]];

		if (r_next(e, e->mergefd, r, d) != 0)
			return NULL;
		if (!r->has)
			e->heap[0] = e->heap[--e->nheap];
		sift_down(e, 0);
	}
	e->popped = 1;
	return e->nheap > 0 ? &e->rd[e->heap[0]] : NULL;
}

/* One pass: each group of up to fanin runs of fd[0] merged into one run
 * of fd[1]; then the two change places. */
static int
merge_pass(struct extsort *e, struct diag_sink *d)
{
	struct run *out = xcalloc(e->nruns / e->fanin + 1, sizeof *out);
	struct writer w = { 0 };
	struct reader *r;
	size_t g, nout = 0, n;
	int t, ok = -1;

	if (open_fd(e, 1, d) != 0) {
		free(out);
		return -1;
	}
	w.fd = e->fd[1];
	w.buf = xmalloc(WBUF);
	for (g = 0; g < e->nruns; g += e->fanin) {
		n = e->nruns - g < e->fanin ? e->nruns - g : e->fanin;
		out[nout].start = w.off + w.n;
		if (merge_open(e, e->fd[0], g, n, d) != 0)
			goto fail;
		while ((r = merge_next(e, d)) != NULL)
			if (w_put(e, &w, &r->hdr, sizeof r->hdr, d) != 0 ||
			    w_put(e, &w, r->rec.s, r->rec.len, d) != 0)
				goto fail;
		if (e->failed)
			goto fail;
		out[nout++].end = w.off + w.n;
		readers_free(e, e->fanin);
	}
	if (w_flush(e, &w, d) != 0)
		goto fail;
	free(e->runs);
	e->runs = out;
	e->nruns = e->capruns = nout;
	out = NULL;
	/* the merged runs' space back, then the files change places */
	if (ftruncate(e->fd[0], 0) != 0) {
		io_error(e, d, errno);
		goto fail;
	}
	t = e->fd[0];
	e->fd[0] = e->fd[1];
	e->fd[1] = t;
	ok = 0;
fail:
	readers_free(e, e->fanin);
	free(out);
	free(w.buf);
	return ok;
}

/* ---- the sorter ---- */

int
extsort_add(struct extsort *e, const struct record *r,
    const struct rowref *ref, const char *bytes, size_t len, long fields,
    const char *resident, struct diag_sink *d)
{
	struct kept *kp;

	if (len >= RESIDENT)		/* more than half of the address space */
		xalloc_fail();
	sorter_add(e->s, r, d);
	if (e->n == e->cap) {
		size_t was = e->cap;

		e->cap = e->cap ? e->cap * 2 : 1024;
		if (e->cap > SIZE_MAX / sizeof *e->kept)
			xalloc_fail();
		e->kept = big_realloc(e->kept, was * sizeof *e->kept,
		    e->cap * sizeof *e->kept);
	}
	kp = &e->kept[e->n++];
	kp->ref = *ref;
	kp->fields = fields;
	if (resident != NULL) {
		kp->at = (uintptr_t)resident;
		kp->len = len | RESIDENT;
	} else {
		if (len > e->acap - e->alen) {
			size_t was = e->acap;

			if (len > SIZE_MAX / 4 - e->alen)
				xalloc_fail();
			while (len > e->acap - e->alen)
				e->acap = e->acap ? e->acap * 2 : 1 << 20;
			e->arena = big_realloc(e->arena, was, e->acap);
		}
		kp->at = e->alen;
		kp->len = len;
		memcpy(e->arena + e->alen, bytes, len);
		e->alen += len;
	}
	/* the row (in the arena, or in the page cache, mapped: memory all
	 * the same), its keys, and its place in the order (inorder) */
	e->rowbytes += len;
	if (sorter_bytes(e->s) + e->rowbytes + e->n * 2 * sizeof *kp >
	    e->budget)
		return spill(e, d);
	return 0;
}

int
extsort_finish(struct extsort *e, size_t *n, struct diag_sink *d)
{
	const size_t *order;
	size_t i;

	if (e->nruns == 0) {
		/* in memory: the references in printing order once, so that
		 * only the rows' bytes are read all over memory */
		order = sorter_order(e->s, n);
		e->ninorder = *n + 1;
		e->inorder = big_alloc(e->ninorder * sizeof *e->inorder);
		for (i = 0; i < *n; i++)
			e->inorder[i] = e->kept[order[i]];
		big_free(e->kept, e->cap * sizeof *e->kept);
		e->kept = NULL;
		e->cap = 0;
		sorter_free(e->s);
		e->s = NULL;
		return 0;
	}
	if (e->n > 0 && spill(e, d) != 0)
		return -1;
	big_free(e->kept, e->cap * sizeof *e->kept);
	e->kept = NULL;
	e->cap = 0;
	big_free(e->arena, e->acap);
	e->arena = NULL;
	e->acap = e->alen = 0;
	sorter_free(e->s);
	e->s = NULL;
	while (e->nruns > e->fanin)
		if (merge_pass(e, d) != 0)
			return -1;
	*n = 0;
	if (merge_open(e, e->fd[0], 0, e->nruns, d) != 0)
		return -1;
	return 1;
}

void
extsort_row(const struct extsort *e, size_t i, struct rowref *ref,
    const char **bytes, long *fields)
{
	*ref = e->inorder[i].ref;
	*bytes = kept_bytes(e->arena, &e->inorder[i]);
	*fields = e->inorder[i].fields;
}

int
extsort_next(struct extsort *e, struct rowref *ref, const char **bytes,
    long *fields, struct diag_sink *d)
{
	struct reader *r = merge_next(e, d);

	if (r == NULL)
		return e->failed ? -1 : 0;
	*ref = r->hdr.ref;
	*bytes = r->rec.s + r->hdr.keylen;
	*fields = r->hdr.fields;
	return 1;
}

/* ---- the budget ---- */

static size_t
physical_memory(void)
{
	long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);

	if (pages <= 0 || size <= 0)
		return 0;
	if ((unsigned long)pages > SIZE_MAX / (unsigned long)size)
		return SIZE_MAX;
	return (size_t)pages * (size_t)size;
}

size_t
extsort_default_budget(void)
{
	long avail = sysconf(_SC_AVPHYS_PAGES), size = sysconf(_SC_PAGESIZE);
	size_t b = physical_memory() / 8, half;

	if (avail > 0 && size > 0 &&
	    (unsigned long)avail <= SIZE_MAX / (unsigned long)size) {
		half = (size_t)avail * (size_t)size / 2;
		if (half < b)
			b = half;
	}
	if (b < 16u << 20)		/* unknown, or a very small machine */
		b = 16u << 20;
	return b;
}

int
extsort_parse_size(const char *s, size_t *size)
{
	unsigned long long v = 0, mul = 1024;
	const char *p = s;

	if (*p < '0' || *p > '9')
		return -1;
	for (; *p >= '0' && *p <= '9'; p++) {
		if (v > (ULLONG_MAX - 9) / 10)
			return -1;
		v = v * 10 + (unsigned)(*p - '0');
	}
	if (*p != '\0') {
		switch (*p) {
		case 'b':
			mul = 1;
			break;
		case 'k': case 'K':
			mul = 1024;
			break;
		case 'm': case 'M':
			mul = 1024ULL * 1024;
			break;
		case 'g': case 'G':
			mul = 1024ULL * 1024 * 1024;
			break;
		case 't': case 'T':
			mul = 1024ULL * 1024 * 1024 * 1024;
			break;
		case '%':
			if (v > 100)
				return -1;
			*size = (size_t)((double)physical_memory() *
			    (double)v / 100);
			return *size > 0 ? 0 : -1;
		default:
			return -1;
		}
		if (p[1] != '\0')
			return -1;
	}
	if (v == 0 || v > SIZE_MAX / mul)
		return -1;
	*size = (size_t)(v * mul);
	return 0;
}
