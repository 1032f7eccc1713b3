#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "xalloc.h"

struct held_msg {
	enum diag_level level;
	char *file;
	unsigned long line;
	char *msg;
};

struct diag_held {
	struct held_msg *v;
	size_t n, cap;
	size_t shown;		/* messages diag_held_last() has seen */
};

struct tally {
	char *file;
	const char *what;
	unsigned long first, last, count;
	char value[72];
};

struct diag_tallies {
	struct tally *v;
	size_t n, cap;
};

static void
keep(struct diag_held *h, enum diag_level level, const char *file,
    unsigned long line, const char *msg)
{
	if (h->n == h->cap) {		/* doubling: linear in all */
		h->cap = h->cap ? h->cap * 2 : 16;
		h->v = xreallocarray(h->v, h->cap, sizeof *h->v);
	}
	h->v[h->n].level = level;
	h->v[h->n].file = file ? xstrdup(file) : NULL;
	h->v[h->n].line = line;
	h->v[h->n].msg = xstrdup(msg);
	h->n++;
}

static void
report(struct diag_sink *d, enum diag_level level, const char *file,
    unsigned long line, const char *fmt, va_list ap)
{
	char msg[1024];

	if (d == NULL)
		return;
	d->seen[level]++;
	vsnprintf(msg, sizeof msg, fmt, ap);
	if (d->held != NULL)
		keep(d->held, level, file, line, msg);
	else if (d->emit != NULL)
		d->emit(d->arg, level, file, line, msg);
}

void
diag_report(struct diag_sink *d, enum diag_level level, const char *file,
    unsigned long line, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	report(d, level, file, line, fmt, ap);
	va_end(ap);
}

void
diag_tally(struct diag_sink *d, const char *file, unsigned long line,
    const char *what, const char *value, size_t n)
{
	struct diag_tallies *ts;
	struct tally *t;
	size_t i;

	if (d == NULL)
		return;
	if ((ts = d->tallies) == NULL)
		ts = d->tallies = xcalloc(1, sizeof *ts);
	file = file != NULL ? file : "";
	for (i = ts->n; i-- > 0;)	/* the last kinds are the likely ones */
		if (strcmp(ts->v[i].what, what) == 0 &&
		    strcmp(ts->v[i].file, file) == 0)
			break;
	if (i == (size_t)-1) {
		if (ts->n == ts->cap) {
			ts->cap = ts->cap ? ts->cap * 2 : 8;
			ts->v = xreallocarray(ts->v, ts->cap, sizeof *ts->v);
		}
		t = &ts->v[ts->n++];
		memset(t, 0, sizeof *t);
		t->file = xstrdup(file);
		t->what = what;
		t->first = line;
		snprintf(t->value, sizeof t->value, "%.*s",
		    (int)(n > 64 ? 64 : n), value);
	} else {
		t = &ts->v[i];
		if (t->count > 0 && t->last == line)
			return;		/* the same row, seen again */
	}
	t->last = line;
	t->count++;
}

void
diag_flush(struct diag_sink *d)
{
	struct diag_tallies *ts = d->tallies;
	size_t i;

	if (ts == NULL)
		return;
	d->tallies = NULL;
	for (i = 0; i < ts->n; i++) {
		const struct tally *t = &ts->v[i];

		diag_report(d, d->strict ? DIAG_ERROR : DIAG_WARNING,
		    *t->file ? t->file : NULL, 0, "%lu row%s with %s, %sat "
		    "line %lu: '%s'", t->count, t->count == 1 ? "" : "s",
		    t->what, t->count == 1 ? "" : "the first ", t->first,
		    t->value);
		free(t->file);
	}
	free(ts->v);
	free(ts);
}

int
diag_failed(const struct diag_sink *d)
{
	return d->seen[DIAG_ERROR] > 0;
}

int
diag_status(const struct diag_sink *d, long matched)
{
	if (matched < 0 || diag_failed(d))
		return 2;
	return matched > 0 ? 0 : 1;
}

void
diag_hold(struct diag_sink *d)
{
	if (d->held == NULL)
		d->held = xcalloc(1, sizeof *d->held);
}

const char *
diag_held_last(struct diag_sink *d)
{
	struct diag_held *h = d->held;

	if (h == NULL || h->shown == h->n)
		return NULL;
	h->shown = h->n;
	return h->v[h->n - 1].msg;
}

void
diag_release(struct diag_sink *d)
{
	struct diag_held *h = d->held;
	size_t i;

	if (h == NULL)
		return;
	d->held = NULL;
	for (i = 0; i < h->n; i++) {
		if (d->emit != NULL)
			d->emit(d->arg, h->v[i].level, h->v[i].file,
			    h->v[i].line, h->v[i].msg);
		free(h->v[i].file);
		free(h->v[i].msg);
	}
	free(h->v);
	free(h);
}

char *
diag_format(enum diag_level level, const char *file, unsigned long line,
    const char *msg)
{
	static const char *const prefix[DIAG__COUNT] = {
		"note: ", "warning: ", ""
	};
	struct buf b = { NULL, 0, 0 };

	buf_adds(&b, "citeq: ");
	if (file != NULL) {
		display_safe(&b, file, strlen(file));
		if (line > 0) {
			char num[32];

			snprintf(num, sizeof num, ":%lu", line);
			buf_adds(&b, num);
		}
		buf_adds(&b, ": ");
	}
	/* A warning about a whole file (a file but no line: the summary of
	 * a problem found on many rows) reads as a sentence about that file;
	 * others say what they are. */
	if (!(level == DIAG_WARNING && file != NULL && line == 0))
		buf_adds(&b, prefix[level]);
	display_safe(&b, msg, strlen(msg));
	buf_addc(&b, '\n');
	return b.s;
}
