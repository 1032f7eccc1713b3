#define _GNU_SOURCE		/* sched_getaffinity, CPU_COUNT */
#include "parprint.h"

#include <pthread.h>
#include <sched.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "xalloc.h"

#define BLOCK_ROWS	2048
#define BLOCK_BYTES	(512 * 1024)	/* of copied rows: a block is full */
#define NBLOCK		4		/* blocks gathered ahead of printing */
#define MAX_WORKERS	(NBLOCK - 1)
#define TRIAL		2		/* blocks this thread formats before it
					   decides on workers */

enum state { FREE, READY, BUSY, DONE };

struct par_block {
	const struct view *v;	/* what is printed */
	int values;		/* the rows are the values of v's columns
				   (par_block_add_values()), not bytes */
	struct rowref ref[BLOCK_ROWS];
	const char *at[BLOCK_ROWS];	/* a row's bytes, or NULL: copied */
	size_t off[BLOCK_ROWS];		/* where in copies */
	long fields[BLOCK_ROWS];	/* the reader's count, or -2 */
	size_t *vals;		/* with values: row k's at k * (v->n + 1),
				   where each value begins in copies, and
				   where the last one ends */
	size_t n;
	char *copies;
	size_t clen, ccap;
	size_t first;		/* printing index of row 0 */
	struct out mem;		/* rows 0..stopped-1 formatted */
	size_t stopped;		/* the first row the fast path did not take */
	enum state state;
};

/* Room for n more bytes of copies. */
static void
room(struct par_block *b, size_t n)
{
	if (b->ccap - b->clen >= n)
		return;
	while (b->ccap - b->clen < n)
		b->ccap = b->ccap ? b->ccap * 2 : BLOCK_BYTES;
	b->copies = xrealloc(b->copies, b->ccap);
}

int
par_block_add(struct par_block *b, const struct rowref *ref,
    const char *bytes, long fields, int copy)
{
	size_t len = ref->span.len;

	b->ref[b->n] = *ref;
	b->fields[b->n] = fields;
	b->at[b->n] = bytes;
	if (copy) {
		room(b, len);
		memcpy(b->copies + b->clen, bytes, len);
		b->at[b->n] = NULL;
		b->off[b->n] = b->clen;
		b->clen += len;
	}
	b->n++;
	return b->n == BLOCK_ROWS || b->clen >= BLOCK_BYTES;
}

int
par_block_add_values(struct par_block *b, const struct rowref *ref,
    const struct record *row)
{
	const struct view *v = b->v;
	size_t j, need = 0, *at;

	if (b->vals == NULL)
		b->vals = xcalloc((size_t)BLOCK_ROWS * (v->n + 1), sizeof *b->vals);
	for (j = 0; j < v->n; j++)
		need += row->f[v->cols[j]].len + 1;
	room(b, need);
	b->values = 1;
	b->ref[b->n] = *ref;
	b->ref[b->n].span.line = row->line;
	at = b->vals + b->n * (v->n + 1);
	for (j = 0; j < v->n; j++) {
		const struct field *f = &row->f[v->cols[j]];

		at[j] = b->clen;
		memcpy(b->copies + b->clen, f->s, f->len);
		b->copies[b->clen + f->len] = '\0';
		b->clen += f->len + 1;
	}
	at[v->n] = b->clen;	/* the end of the last value */
	b->n++;
	return b->n == BLOCK_ROWS || b->clen >= BLOCK_BYTES;
}

static void
empty(struct par_block *b)
{
	b->n = 0;
	b->clen = 0;
	b->values = 0;
}

static const char *
row_bytes(const struct par_block *b, size_t k)
{
	return b->at[k] != NULL ? b->at[k] : b->copies + b->off[k];
}

struct par {
	const struct formatter *fmt;
	const struct view *v;
	const struct decoder *dec;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct par_block *blk[NBLOCK];	/* block number s is blk[s % NBLOCK] */
	size_t head;		/* the next block to write */
	size_t next;		/* the next to format */
	size_t tail;		/* the next to gather */
	int ended;		/* fill gave no more */
	int stop;		/* the workers are to end */
};

/* Rows that stay where they are lie all over memory (sorted rows): asks
 * for the bytes of row k, a few ahead of the one being formatted. */
static void
prefetch(const struct par_block *b, size_t k)
{
#if defined(__GNUC__)
	size_t i;

	if (k < b->n && b->at[k] != NULL)
		/* every cache line of it: a row spans three or four */
		for (i = 0; i < b->ref[k].span.len && i < 1024; i += 64)
			__builtin_prefetch(b->at[k] + i);
#else
	(void)b, (void)k;
#endif
}

/* Formats rows of values into b's memory: each a row of the schema's
 * width, empty but in the columns printed. */
static void
format_values(const struct par *p, struct par_block *b)
{
	const struct view *v = p->v;
	struct record row;
	struct field *f;
	const size_t *at;
	size_t k, j;

	row.n = decoder_schema(p->dec)->n;
	row.f = f = xcalloc(row.n + 1, sizeof *f);
	for (j = 0; j < row.n; j++)
		f[j].s = "";
	for (k = 0; k < b->n; k++) {
		at = b->vals + k * (v->n + 1);
		for (j = 0; j < v->n; j++) {
			f[v->cols[j]].s = b->copies + at[j];
			f[v->cols[j]].len = at[j + 1] - at[j] - 1;
		}
		row.file = NULL;
		row.line = b->ref[k].span.line;
		p->fmt->row(&b->mem, v, &row, b->first + k);
	}
	free(f);
}

/* Formats b's rows into its memory: from values, or split from their
 * bytes up to the first that the fast path does not take; safe on any
 * thread. */
static void
format_block(const struct par *p, struct par_block *b, struct splitter *sp)
{
	struct record row;
	size_t k;

	b->mem.memlen = 0;
	b->stopped = b->n;
	if (b->values) {
		format_values(p, b);
		return;
	}
	for (k = 0; k < b->n; k++) {
		prefetch(b, k + 8);
		if (decoder_split(p->dec, sp, &b->ref[k], row_bytes(b, k),
		    b->fields[k], &row) != 0) {
			b->stopped = k;
			break;
		}
		p->fmt->row(&b->mem, p->v, &row, b->first + k);
	}
}

/* Writes what format_block() made of b, and formats the rest of it
 * straight to o (this thread: the decoder reports). */
static void
write_block(const struct par *p, struct out *o, struct decoder *dec,
    struct diag_sink *d, struct par_block *b)
{
	struct record row;
	size_t k;

	out_write(o, b->mem.mem, b->mem.memlen);
	for (k = b->stopped; k < b->n && o->err == 0; k++) {
		prefetch(b, k + 8);
		if (decoder_parse(dec, &b->ref[k], row_bytes(b, k), &row, d) == 0)
			p->fmt->row(o, p->v, &row, b->first + k);
	}
}

/* Called with p->mu held: formats the next block gathered, with it
 * released. */
static void
format_next(struct par *p, struct splitter *sp)
{
	struct par_block *b = p->blk[p->next++ % NBLOCK];

	b->state = BUSY;
	pthread_mutex_unlock(&p->mu);
	format_block(p, b, sp);
	pthread_mutex_lock(&p->mu);
	b->state = DONE;
	pthread_cond_broadcast(&p->cv);
}

/* A worker: formats blocks in turn until there are no more. */
static void *
worker(void *arg)
{
	struct par *p = arg;
	struct splitter *sp = splitter_new(p->dec);

	splitter_want(sp, p->dec, p->v->cols, p->v->n);
	pthread_mutex_lock(&p->mu);
	for (;;) {
		while (!p->stop && !p->ended && p->next == p->tail)
			pthread_cond_wait(&p->cv, &p->mu);
		if (p->stop || p->next == p->tail)
			break;
		format_next(p, sp);
	}
	pthread_mutex_unlock(&p->mu);
	splitter_free(sp);
	return NULL;
}

static int
stands_alone(const struct formatter *fmt)
{
	return fmt == &out_csv || fmt == &out_tsv || fmt == &out_json ||
	    fmt == &out_jsonl;
}

/* One thread fewer than the cores this process may run on (taskset,
 * cpusets), this one being the other. */
static size_t
nworkers(void)
{
	cpu_set_t set;
	long n;

	if (sched_getaffinity(0, sizeof set, &set) == 0)
		n = CPU_COUNT(&set) - 1;
	else
		n = sysconf(_SC_NPROCESSORS_ONLN) - 1;

	return n < 1 ? 0 : n > MAX_WORKERS ? MAX_WORKERS : (size_t)n;
}

int
par_worth(const struct formatter *fmt, const struct decoder *dec)
{
	return stands_alone(fmt) && decoder_fast(dec);
}

/* Everything on this thread, a block at a time. */
static size_t
print_here(struct par *p, struct out *o, struct decoder *dec,
    struct diag_sink *d, par_fill_fn fill, void *arg)
{
	struct par_block *b = p->blk[0];
	struct splitter *sp = splitter_new(dec);
	size_t total = 0;

	splitter_want(sp, dec, p->v->cols, p->v->n);
	while (o->err == 0 && (empty(b), fill(arg, b))) {
		b->first = total;
		total += b->n;
		if (stands_alone(p->fmt)) {
			format_block(p, b, sp);
		} else {	/* its state is o's: all straight to o */
			b->mem.memlen = 0;
			b->stopped = 0;
		}
		write_block(p, o, dec, d, b);
	}
	splitter_free(sp);
	return total;
}

static uint64_t
now_ns(void)
{
	struct timespec ts;

	if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0)
		return 0;
	return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* The time this thread took to gather and to format blocks before it
 * decided on workers. They are worth it only where formatting takes at
 * least as long as gathering: where it takes less (a few columns out of
 * many), a worker slows this thread on cores that share their caches
 * more than it relieves it (-F id,title on bench's file: 0.24 s alone,
 * 0.25-0.29 s with one). */
struct trial {
	uint64_t fill_ns, fmt_ns;
	size_t nfill, nfmt;
	int decided;
};

/* The loop of this thread: writes the blocks formatted, gathers the next
 * while there is room, else formats the next itself, else waits. */
static size_t
print_par(struct par *p, struct out *o, struct decoder *dec,
    struct diag_sink *d, unsigned threads, par_fill_fn fill, void *arg)
{
	pthread_t th[MAX_WORKERS];
	struct splitter *sp = splitter_new(dec);
	struct par_block *b;
	struct trial t = { 0, 0, 0, 0, 0 };
	size_t nth = 0, want = nworkers(), total = 0, k;
	uint64_t t0;
	int got;

	splitter_want(sp, dec, p->v->cols, p->v->n);
	pthread_mutex_lock(&p->mu);
	if (threads > 0) {	/* told: no trial */
		want = threads - 1 < MAX_WORKERS ? threads - 1 : MAX_WORKERS;
		t.decided = 1;
		while (nth < want &&
		    pthread_create(&th[nth], NULL, worker, p) == 0)
			nth++;
	}
	for (;;) {
		while (p->head < p->tail &&
		    (b = p->blk[p->head % NBLOCK])->state == DONE) {
			pthread_mutex_unlock(&p->mu);
			write_block(p, o, dec, d, b);
			pthread_mutex_lock(&p->mu);
			b->state = FREE;
			p->head++;
		}
		if (o->err != 0 || (p->ended && p->head == p->tail))
			break;
		if (!p->ended && p->tail - p->head < NBLOCK) {
			b = p->blk[p->tail % NBLOCK];
			pthread_mutex_unlock(&p->mu);
			t0 = now_ns();
			empty(b);
			got = fill(arg, b);
			if (got && !t.decided) {
				t.fill_ns += now_ns() - t0;
				t.nfill++;
			}
			pthread_mutex_lock(&p->mu);
			if (!got) {
				p->ended = 1;
			} else {
				b->first = total;
				total += b->n;
				b->state = READY;
				p->tail++;
			}
			pthread_cond_broadcast(&p->cv);
			continue;
		}
		if (p->next < p->tail) {
			t0 = now_ns();
			format_next(p, sp);
			if (t.decided)
				continue;
			t.fmt_ns += now_ns() - t0;
			if (++t.nfmt < TRIAL || p->ended)
				continue;
			t.decided = 1;
			/* formatting a block takes as long as gathering one */
			while (t.fmt_ns * t.nfill >= t.fill_ns * t.nfmt &&
			    nth < want &&
			    pthread_create(&th[nth], NULL, worker, p) == 0)
				nth++;
			continue;
		}
		pthread_cond_wait(&p->cv, &p->mu);
	}
	p->stop = 1;		/* at the end, or the output failed */
	pthread_cond_broadcast(&p->cv);
	pthread_mutex_unlock(&p->mu);
	for (k = 0; k < nth; k++)
		pthread_join(th[k], NULL);
	splitter_free(sp);
	return total;
}

size_t
par_print(struct out *o, const struct formatter *fmt, const struct view *v,
    struct decoder *dec, struct diag_sink *d, unsigned threads,
    par_fill_fn fill, void *arg)
{
	struct par p;
	size_t total, k;

	memset(&p, 0, sizeof p);
	p.fmt = fmt;
	p.v = v;
	p.dec = dec;
	for (k = 0; k < NBLOCK; k++) {
		p.blk[k] = xcalloc(1, sizeof *p.blk[k]);
		p.blk[k]->v = v;
	}
	if (fmt->begin != NULL)
		fmt->begin(o, v);
	if (!par_worth(fmt, dec) || pthread_mutex_init(&p.mu, NULL) != 0) {
		total = print_here(&p, o, dec, d, fill, arg);
	} else if (pthread_cond_init(&p.cv, NULL) != 0) {
		pthread_mutex_destroy(&p.mu);
		total = print_here(&p, o, dec, d, fill, arg);
	} else {
		total = print_par(&p, o, dec, d, threads, fill, arg);
		pthread_cond_destroy(&p.cv);
		pthread_mutex_destroy(&p.mu);
	}
	if (fmt->end != NULL)
		fmt->end(o, v, total);
	for (k = 0; k < NBLOCK; k++) {
		free(p.blk[k]->copies);
		free(p.blk[k]->vals);
		free(p.blk[k]->mem.mem);
		free(p.blk[k]);
	}
	return total;
}
