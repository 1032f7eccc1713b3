#include "parprint.h"

#include <pthread.h>
#include <stdlib.h>

#include "xalloc.h"

#define BLOCK	2048		/* rows a block */
#define MIN_ROWS (4 * BLOCK)	/* fewer: one thread */

/* A block the second thread formatted: its text, and the first row it
 * could not read (BLOCK past the block's end if none). */
struct slot {
	struct out mem;
	size_t stopped;		/* row index */
	int full;
};

struct par {
	const struct formatter *fmt;
	const struct view *v;
	struct decoder *dec;
	struct diag_sink *diag;
	size_t n, nblocks;
	par_row_fn row;
	const void *arg;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct slot slot[2];	/* odd block b goes to slot[(b / 2) % 2] */
	int stop;
};

static size_t
block_end(const struct par *p, size_t b)
{
	size_t end = (b + 1) * BLOCK;

	return end < p->n ? end : p->n;
}

/* Rows are read in printing order, all over memory: asks for the bytes of
 * row i (a few ahead of the one being printed) if it is before end. */
static void
prefetch(par_row_fn rowfn, const void *arg, size_t i, size_t end)
{
#if defined(__GNUC__)
	struct rowref ref;
	const char *bytes;

	size_t k;

	if (i < end) {
		rowfn(arg, i, &ref, &bytes);
		/* every cache line of it: a row spans three or four */
		for (k = 0; k < ref.span.len && k < 1024; k += 64)
			__builtin_prefetch(bytes + k);
	}
#else
	(void)rowfn, (void)arg, (void)i, (void)end;
#endif
}

/* The second thread: the odd blocks, into memory. */
static void *
format_odd(void *arg)
{
	struct par *p = arg;
	struct splitter *sp = splitter_new(p->dec);
	struct record row;
	struct rowref ref;
	const char *bytes;
	size_t b, i;

	for (b = 1; b < p->nblocks; b += 2) {
		struct slot *s = &p->slot[(b / 2) % 2];
		int stop;

		pthread_mutex_lock(&p->mu);
		while (s->full && !p->stop)
			pthread_cond_wait(&p->cv, &p->mu);
		stop = p->stop;
		pthread_mutex_unlock(&p->mu);
		if (stop)
			break;
		s->mem.memlen = 0;
		s->stopped = block_end(p, b);
		for (i = b * BLOCK; i < block_end(p, b); i++) {
			prefetch(p->row, p->arg, i + 8, block_end(p, b));
			p->row(p->arg, i, &ref, &bytes);
			if (decoder_split(p->dec, sp, &ref, bytes, &row) != 0) {
				s->stopped = i;		/* the rest: main */
				break;
			}
			p->fmt->row(&s->mem, p->v, &row, i);
		}
		pthread_mutex_lock(&p->mu);
		s->full = 1;
		pthread_cond_broadcast(&p->cv);
		pthread_mutex_unlock(&p->mu);
	}
	splitter_free(sp);
	return NULL;
}

/* Rows from..to on this thread, straight to o. */
static void
format_here(struct out *o, const struct formatter *fmt, const struct view *v,
    struct decoder *dec, struct diag_sink *d, size_t from, size_t to,
    par_row_fn rowfn, const void *arg)
{
	struct record row;
	struct rowref ref;
	const char *bytes;
	size_t i;

	for (i = from; i < to && o->err == 0; i++) {
		prefetch(rowfn, arg, i + 8, to);
		rowfn(arg, i, &ref, &bytes);
		if (decoder_parse(dec, &ref, bytes, &row, d) == 0)
			fmt->row(o, v, &row, i);
	}
}

static int
stands_alone(const struct formatter *fmt)
{
	return fmt == &out_csv || fmt == &out_tsv || fmt == &out_json ||
	    fmt == &out_jsonl;
}

void
par_print(struct out *o, const struct formatter *fmt, const struct view *v,
    struct decoder *dec, struct diag_sink *d, size_t n, par_row_fn rowfn,
    const void *arg)
{
	struct par p = { 0 };
	pthread_t th;
	size_t b;
	int i;

	if (fmt->begin != NULL)
		fmt->begin(o, v);
	p.fmt = fmt;
	p.v = v;
	p.dec = dec;
	p.diag = d;
	p.n = n;
	p.nblocks = (n + BLOCK - 1) / BLOCK;
	p.row = rowfn;
	p.arg = arg;
	if (n < MIN_ROWS || !stands_alone(fmt) || !decoder_fast(dec) ||
	    pthread_mutex_init(&p.mu, NULL) != 0) {
		format_here(o, fmt, v, dec, d, 0, n, rowfn, arg);
		goto end;
	}
	if (pthread_cond_init(&p.cv, NULL) != 0) {
		pthread_mutex_destroy(&p.mu);
		format_here(o, fmt, v, dec, d, 0, n, rowfn, arg);
		goto end;
	}
	if (pthread_create(&th, NULL, format_odd, &p) != 0) {
		pthread_cond_destroy(&p.cv);
		pthread_mutex_destroy(&p.mu);
		format_here(o, fmt, v, dec, d, 0, n, rowfn, arg);
		goto end;
	}
	for (b = 0; b < p.nblocks && o->err == 0; b++) {
		struct slot *s = &p.slot[(b / 2) % 2];

		if (b % 2 == 0) {
			format_here(o, fmt, v, dec, d, b * BLOCK, block_end(&p, b),
			    rowfn, arg);
			continue;
		}
		pthread_mutex_lock(&p.mu);
		while (!s->full)
			pthread_cond_wait(&p.cv, &p.mu);
		pthread_mutex_unlock(&p.mu);
		out_write(o, s->mem.mem, s->mem.memlen);
		format_here(o, fmt, v, dec, d, s->stopped, block_end(&p, b), rowfn,
		    arg);
		pthread_mutex_lock(&p.mu);
		s->full = 0;
		pthread_cond_broadcast(&p.cv);
		pthread_mutex_unlock(&p.mu);
	}
	pthread_mutex_lock(&p.mu);
	p.stop = 1;		/* if the output failed midway */
	pthread_cond_broadcast(&p.cv);
	pthread_mutex_unlock(&p.mu);
	pthread_join(th, NULL);
	pthread_cond_destroy(&p.cv);
	pthread_mutex_destroy(&p.mu);
	for (i = 0; i < 2; i++)
		free(p.slot[i].mem.mem);
end:
	if (fmt->end != NULL)
		fmt->end(o, v, n);
}
