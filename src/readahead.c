#include "readahead.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

#define RA_BATCHES	4
#define RA_BYTES	(1u << 20)	/* a batch is handed over past this */
#define RA_RECORDS	16384		/* or past this many records */

struct batch {
	char *data;		/* the records' bytes, one after another */
	size_t len, cap;
	size_t *pos;		/* record i starts at data + pos[i] */
	struct csvr_span *spans;
	size_t n, ncap;
	enum csvr_status end;	/* CSVR_ROW: more batches follow */
	char err[256];
	unsigned long errline;
};

struct readahead {
	ra_scan_fn scan;
	void *arg;
	pthread_t thread;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct batch b[RA_BATCHES];
	/* Batches filled, taken by the consumer, and given back by it; the
	 * producer fills batch filled % RA_BATCHES when that one is back. */
	size_t filled, taken, back;
	atomic_int *halt;	/* set: the thread is to stop */
	struct batch *cur;	/* the consumer's */
	size_t next;
};

static void
append(struct batch *b, const char *bytes, const struct csvr_span *sp)
{
	if (b->n == b->ncap) {
		b->ncap = b->ncap ? b->ncap * 2 : 1024;
		b->pos = xreallocarray(b->pos, b->ncap, sizeof *b->pos);
		b->spans = xreallocarray(b->spans, b->ncap, sizeof *b->spans);
	}
	if (b->cap - b->len < sp->len + 1) {
		while (b->cap - b->len < sp->len + 1)
			b->cap = b->cap ? b->cap * 2 : RA_BYTES + RA_BYTES / 4;
		b->data = xrealloc(b->data, b->cap);
	}
	memcpy(b->data + b->len, bytes, sp->len);
	b->pos[b->n] = b->len;
	b->spans[b->n++] = *sp;
	b->len += sp->len;
}

/* Fills one batch; 0 when more are to come. */
static int
fill_batch(struct readahead *ra, struct batch *b)
{
	const char *bytes, *err;
	struct csvr_span sp;
	enum csvr_status st;

	b->len = b->n = 0;
	b->end = CSVR_ROW;
	while (b->len < RA_BYTES && b->n < RA_RECORDS) {
		st = ra->scan(ra->arg, &bytes, &sp, &err, &b->errline);
		if (st != CSVR_ROW) {
			b->end = st;
			if (st == CSVR_ERROR)
				snprintf(b->err, sizeof b->err, "%s", err);
			return 1;
		}
		append(b, bytes, &sp);
	}
	return 0;
}

static void *
produce(void *arg)
{
	struct readahead *ra = arg;
	struct batch *b;
	int done = 0;

	while (!done) {
		pthread_mutex_lock(&ra->mu);
		while (!atomic_load(ra->halt) &&
		    ra->filled - ra->back >= RA_BATCHES)
			pthread_cond_wait(&ra->cv, &ra->mu);
		if (atomic_load(ra->halt)) {
			pthread_mutex_unlock(&ra->mu);
			break;
		}
		b = &ra->b[ra->filled % RA_BATCHES];
		pthread_mutex_unlock(&ra->mu);

		done = fill_batch(ra, b);

		pthread_mutex_lock(&ra->mu);
		ra->filled++;
		pthread_cond_broadcast(&ra->cv);
		pthread_mutex_unlock(&ra->mu);
	}
	return NULL;
}

struct readahead *
ra_start(ra_scan_fn scan, void *arg, atomic_int *halt)
{
	struct readahead *ra = xcalloc(1, sizeof *ra);

	ra->scan = scan;
	ra->arg = arg;
	ra->halt = halt;
	if (pthread_mutex_init(&ra->mu, NULL) != 0) {
		free(ra);
		return NULL;
	}
	if (pthread_cond_init(&ra->cv, NULL) != 0) {
		pthread_mutex_destroy(&ra->mu);
		free(ra);
		return NULL;
	}
	if (pthread_create(&ra->thread, NULL, produce, ra) != 0) {
		pthread_cond_destroy(&ra->cv);
		pthread_mutex_destroy(&ra->mu);
		free(ra);
		return NULL;
	}
	return ra;
}

enum csvr_status
ra_next(struct readahead *ra, const char **bytes, struct csvr_span *span,
    const char **err, unsigned long *errline)
{
	for (;;) {
		struct batch *b = ra->cur;

		if (b != NULL && ra->next < b->n) {
			*bytes = b->data + b->pos[ra->next];
			*span = b->spans[ra->next++];
			return CSVR_ROW;
		}
		if (b != NULL && b->end != CSVR_ROW) {
			*err = b->err;
			*errline = b->errline;
			return b->end;
		}
		pthread_mutex_lock(&ra->mu);
		if (b != NULL) {
			ra->back++;		/* done with it */
			pthread_cond_broadcast(&ra->cv);
		}
		while (ra->taken == ra->filled)
			pthread_cond_wait(&ra->cv, &ra->mu);
		ra->cur = &ra->b[ra->taken++ % RA_BATCHES];
		ra->next = 0;
		pthread_mutex_unlock(&ra->mu);
	}
}

void
ra_stop(struct readahead *ra)
{
	size_t i;

	if (ra == NULL)
		return;
	pthread_mutex_lock(&ra->mu);
	atomic_store(ra->halt, 1);	/* under the lock: no lost wake-up */
	pthread_cond_broadcast(&ra->cv);
	pthread_mutex_unlock(&ra->mu);
	pthread_join(ra->thread, NULL);
	pthread_cond_destroy(&ra->cv);
	pthread_mutex_destroy(&ra->mu);
	for (i = 0; i < RA_BATCHES; i++) {
		free(ra->b[i].data);
		free(ra->b[i].pos);
		free(ra->b[i].spans);
	}
	free(ra);
}
