/* The interactive pager. It is the only file that includes curses. It
 * views a query plan (plan.h) built by the front end: rows come from
 * rows.c (read again from the input when shown), links between rows from
 * links.c, text goes through display.c and bidi.c.
 *
 * What takes time on a large file (a search, &, a sort, a frequency
 * table, reading to the last row) runs as a job, a step of some
 * milliseconds at a time: between steps the status line shows how far it
 * has come and keys are read, so that Esc or Ctrl-C stops it and the
 * pager stays.
 *
 * Keys follow less and csvlens; see the help screen (H) and citeq(1). */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unilbrk.h>
#include <unistd.h>
#include <unistr.h>
#include <wchar.h>

#include "bidi.h"
#include "display.h"
#include "fold.h"
#include "group.h"
#include "links.h"
#include "match.h"
#include "out.h"
#include "pager.h"
#include "plan.h"
#include "roles.h"
#include "rows.h"
#include "sort.h"
#include "xalloc.h"

#define GAP		2
#define SAMPLE_ROWS	1000	/* rows measured for column widths */
#define STEP_NS		25000000L	/* a job's step: 25 ms */
#define CLOCK_EVERY	64	/* rows between two looks at the clock */
#define MAX_MARKS	16	/* matches highlighted in one cell */
#define BAR_MAX		40	/* the frequency view's widest bar */
#define CONT		"  "	/* the indent of a wrapped line's rest */
#define TYPEAHEAD	32	/* keys kept while a job runs */

/* ---- the terminal ----
 * The only file-level state in citeq: the terminal must be restored from
 * atexit() (after an error or out of memory) and a signal handler may only
 * set a flag. SIGINT (Ctrl-C) stops what runs, as in less; SIGTERM and
 * SIGHUP end the pager. */

static int curses_on;
static volatile sig_atomic_t got_signal;
static volatile sig_atomic_t got_interrupt;

static void
restore_terminal(void)
{
	if (curses_on) {
		curses_on = 0;
		endwin();
	}
}

static void
on_signal(int sig)
{
	if (sig == SIGINT)
		got_interrupt = 1;
	else
		got_signal = sig;
}

/* ---- the pager's state ---- */

enum mode { M_TABLE, M_DETAIL, M_FREQ, M_HELP, M_COLS };

struct dline {
	char *text;
	long target;		/* row to follow on Enter, or -1 */
};

/* What was typed after /, ? or &, as the matcher wants it. */
struct pattern {
	struct matcher *m;	/* NULL: nothing typed */
	size_t n;		/* the length typed */
};

enum job_kind { J_NONE, J_LOAD, J_SEARCH, J_KEEP, J_SORT, J_FREQ, J_LINKS };

/* A long operation, done a step at a time. J_KEEP, J_SORT, J_FREQ and
 * J_LINKS need every row: they start as J_LOAD, which becomes them (after) once
 * the rows are read; J_LOAD alone goes to the last row or row goto_row. */
struct job {
	enum job_kind kind, after;
	size_t pos, start, end;	/* at pos in [start, end) */
	size_t goto_row;	/* J_LOAD alone: 0 for the last row */
	int back;		/* J_SEARCH: backward */
	int found;
	unsigned char *keep;	/* J_KEEP: the rows kept so far */
	int narrow;		/* J_KEEP: within the rows & kept already */
	struct pattern pat;	/* J_KEEP: the text */
	struct group *group;	/* J_KEEP by a frequency value; J_FREQ */
	char *value;		/* J_KEEP: that value */
	size_t vlen;
	char *desc;		/* J_KEEP, J_SORT: what the status line shows */
	struct sorter *sorter;	/* J_SORT */
	struct sort_key key;
	struct record *from;	/* J_LINKS: the row whose links are found */
	int dir;		/* J_LINKS: its enum link_dir */
};

struct pager {
	const struct plan *plan;
	struct rowlist *rows;
	const struct schema *schema;
	const char *name;
	const char *filters;
	struct diag_sink *diag;

	/* Columns: every column of the schema, the plan's first; those not
	 * hidden are shown, cols[] in order, with their widths. */
	size_t *allcols, nall, nplan;
	unsigned char *hidden;	/* per entry of allcols */
	size_t *nat;		/* natural width, per schema column */
	size_t *cols, ncols;
	size_t *colw;

	size_t *order;		/* sorted order of all rows, or NULL */
	unsigned char *kept;	/* rows that pass &, or NULL */
	size_t *view;		/* kept rows in order, or NULL */
	size_t nview;
	char sortdesc[128];
	char *amp;		/* what & kept, as the status line shows it */
	int bidi;
	int waiting;		/* the input had nothing to read: keys are
				 * waited for a while before trying again */
	int color;		/* the options allow colour */

	enum mode mode;
	size_t top, cur;	/* table: first row shown, current row */
	size_t left, ccol;	/* first column shown, current column */
	unsigned long count;	/* a number typed before a key */
	int have_count;
	int zpending;		/* Z typed: a second Z quits */
	struct pattern search;
	int search_back;
	char msg[256];
	struct job job;
	struct { int r; wint_t ch; } ahead[TYPEAHEAD];	/* typed meanwhile */
	size_t nahead;

	/* detail view: lines, scroll, and the rows visited */
	struct dline *dl;
	size_t ndl, dtop, dcur;
	size_t *trail;
	size_t ntrail;

	/* frequency view: of column fcol by funit, sorted by column fsort
	 * (0 the value, 1 the count), fdesc for descending */
	struct rowset freq;
	struct schema freqschema;
	size_t fcol;
	int funit, fsort, fdesc;
	size_t ftop, fcur;

	size_t ctop, ccur;	/* column list */
	size_t htop;		/* help view */
	struct foldbuf fb;
};

static size_t
nrows(const struct pager *p)
{
	if (p->view != NULL)
		return p->nview;
	return rowlist_count(p->rows);
}

/* The row index at view position pos. */
static size_t
row_at(const struct pager *p, size_t pos)
{
	if (p->view != NULL)
		return p->view[pos];
	return p->order != NULL ? p->order[pos] : pos;
}

static const struct record *
get_row(struct pager *p, size_t idx)
{
	return rowlist_get(p->rows, idx);
}

static size_t
body_height(void)
{
	return LINES > 2 ? (size_t)LINES - 2 : 1;
}

static long
now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long)(ts.tv_sec % 1000000) * 1000000000L + ts.tv_nsec;
}

/* ---- matching ----
 * The one place where the pager compares text with what was typed after
 * /, ? or &: the command line's matcher (match.h), with its folding. */

static void
pattern_set(struct pattern *pat, const char *text)
{
	char err[256];

	matcher_free(pat->m);
	pat->n = strlen(text);
	/* Plain text cannot be refused; a pattern could (not taken here). */
	pat->m = matcher_new(text, pat->n, 0, err, sizeof err);
}

static void
pattern_free(struct pattern *pat)
{
	matcher_free(pat->m);
	pat->m = NULL;
	pat->n = 0;
}

/* Does s[0, n) hold the pattern? With at set, [*at, *end) gets the bytes
 * of the match that ends first: the shortest prefix of s that holds it,
 * then the shortest end of that prefix that still does. */
static int
text_match(struct foldbuf *fb, const struct pattern *pat, const char *s,
    size_t n, size_t *at, size_t *end)
{
	size_t *b, nb = 0, i, lo, hi, mid, k;

	(void)fb;
	if (pat->m == NULL || !matcher_value(pat->m, s, n))
		return 0;
	if (at == NULL)
		return 1;
	/* character boundaries: b[0] = 0, ..., b[nb - 1] = n */
	b = xcalloc(n + 2, sizeof *b);
	b[nb++] = 0;
	for (i = 1; i < n; i++)
		if (((unsigned char)s[i] & 0xC0) != 0x80)
			b[nb++] = i;
	b[nb++] = n;
	for (lo = 1, hi = nb - 1; lo < hi;) {	/* the prefix [0, b[k]) */
		mid = lo + (hi - lo) / 2;
		if (matcher_value(pat->m, s, b[mid]))
			hi = mid;
		else
			lo = mid + 1;
	}
	k = hi;
	for (lo = 0, hi = k - 1; lo < hi;) {	/* its end [b[j], b[k]) */
		mid = lo + (hi - lo + 1) / 2;
		if (matcher_value(pat->m, s + b[mid], b[k] - b[mid]))
			lo = mid;
		else
			hi = mid - 1;
	}
	*at = b[lo];
	*end = b[k];
	free(b);
	return 1;
}

static int
row_matches(struct pager *p, const struct record *r, const struct pattern *pat)
{
	(void)p;
	return pat->m != NULL && matcher_row(pat->m, r);
}

/* The matches of the search in s[0, n), as byte ranges m[2i], m[2i+1];
 * how many. */
static size_t
find_marks(struct pager *p, const char *s, size_t n, size_t *m)
{
	size_t k = 0, off = 0, at, end;

	if (p->search.m == NULL || p->search.n == 0)
		return 0;
	while (k < MAX_MARKS && off < n && text_match(&p->fb, &p->search,
	    s + off, n - off, &at, &end)) {
		m[2 * k] = off + at;
		m[2 * k + 1] = off + end;
		k++;
		off += end > 0 ? end : 1;
	}
	return k;
}

/* ---- drawing ---- */

/* Draws text cut to w columns at (y, x), padded with blanks; right-to-left
 * text in visual order when bidi is on. */
static void
draw_text(struct pager *p, int y, int x, size_t w, const char *s, size_t n)
{
	struct buf b = { NULL, 0, 0 };
	size_t used;

	used = display_cell(&b, s, n, w);
	if (p->bidi && b.len > 0 && bidi_has_rtl(b.s, b.len)) {
		size_t vlen;
		char *v = bidi_visual(b.s, b.len, &vlen);

		b.len = 0;
		buf_add(&b, v, vlen);
		free(v);
	}
	buf_pad(&b, w - used);
	if (b.s != NULL)
		mvaddstr(y, x, b.s);
	buf_free(&b);
}

static attr_t
mark_attr(const struct pager *p, attr_t a)
{
	a &= ~A_REVERSE;
	return p->color ? a | A_BOLD | COLOR_PAIR(1) : a | A_BOLD | A_UNDERLINE;
}

/* draw_cell() of right-to-left text under bidi, with k marks m[]: the
 * text made safe and cut as draw_text() does, each byte flagged when it is
 * in a match, put in visual order with its flag, and drawn a run of equal
 * flags at a time. */
static void
draw_rtl_marked(struct pager *p, int y, int x, size_t w, const char *s,
    size_t n, attr_t a, const size_t *m, size_t k)
{
	struct buf l = { NULL, 0, 0 }, c = { NULL, 0, 0 };
	unsigned char *flag = NULL, *vflag;
	size_t i, cap = 0, from, to, same, run, used = 0, vlen;
	char *v;

	for (i = 0; i <= 2 * k; i++) {
		from = i == 0 ? 0 : m[i - 1];
		to = i == 2 * k ? n : m[i];
		if (to <= from)
			continue;
		same = l.len;
		display_safe(&l, s + from, to - from);
		if (l.len > cap) {
			cap = l.len * 2;
			flag = xrealloc(flag, cap);
		}
		memset(flag + same, i % 2, l.len - same);
	}
	/* cut as draw_text() cuts: the bytes it keeps of the safe text
	 * keep their flags; an ellipsis it adds has none */
	(void)display_cell(&c, l.s, l.len, w);
	for (same = 0; same < c.len && same < l.len && c.s[same] == l.s[same];
	    same++)
		;
	if (c.len > cap) {
		cap = c.len;
		flag = xrealloc(flag, cap);
	}
	if (c.len > same)
		memset(flag + same, 0, c.len - same);
	v = bidi_visual_marked(c.s, c.len, flag, &vlen, &vflag);
	for (i = 0; i < vlen; i += run) {
		for (run = 1; i + run < vlen && vflag[i + run] == vflag[i];
		    run++)
			;
		attrset(vflag[i] ? mark_attr(p, a) : a);
		mvaddnstr(y, x + (int)used, v + i, (int)run);
		used += display_width(v + i, run);
	}
	attrset(a);
	l.len = 0;
	buf_pad(&l, w > used ? w - used : 0);
	if (l.s != NULL && l.len > 0)
		mvaddstr(y, x + (int)used, l.s);
	attrset(A_NORMAL);
	free(v);
	free(vflag);
	free(flag);
	buf_free(&l);
	buf_free(&c);
}

/* draw_text() in attribute a, with the search's matches marked. */
static void
draw_cell(struct pager *p, int y, int x, size_t w, const char *s, size_t n,
    attr_t a)
{
	size_t m[2 * MAX_MARKS + 2], k, i, total, room, xx = (size_t)x;
	struct buf b = { NULL, 0, 0 };
	int cut = 0;

	if (w == 0)
		return;
	if ((k = find_marks(p, s, n, m)) > 0 && p->bidi &&
	    bidi_has_rtl(s, n)) {
		draw_rtl_marked(p, y, x, w, s, n, a, m, k);
		return;
	}
	if (k == 0) {
		attrset(a);
		draw_text(p, y, x, w, s, n);
		attrset(A_NORMAL);
		return;
	}
	total = display_width(s, n);
	room = total <= w ? w : w - 1;	/* the last column for "…" */
	for (i = 0; i <= 2 * k && room > 0; i++) {
		size_t from = i == 0 ? 0 : m[i - 1], to = i == 2 * k ? n : m[i];
		size_t pw, used;

		if (to <= from)
			continue;
		b.len = 0;
		pw = display_width(s + from, to - from);
		if (pw <= room) {
			display_safe(&b, s + from, to - from);
			used = pw;
		} else {
			used = display_cell(&b, s + from, to - from, room + 1);
			cut = 1;
		}
		attrset(i % 2 ? mark_attr(p, a) : a);
		if (b.s != NULL && b.len > 0)
			mvaddstr(y, (int)xx, b.s);
		xx += used;
		room = used >= room ? 0 : room - used;
	}
	attrset(a);
	b.len = 0;
	if (total > w && !cut && xx - (size_t)x < w)
		buf_adds(&b, "\xE2\x80\xA6");	/* … */
	buf_pad(&b, w > xx - (size_t)x + (b.len > 0) ?
	    w - (xx - (size_t)x) - (b.len > 0) : 0);
	if (b.s != NULL && b.len > 0)
		mvaddstr(y, (int)xx, b.s);
	attrset(A_NORMAL);
	buf_free(&b);
}

/* The shown columns from allcols and hidden, and their widths: the plan's
 * columns fitted to the screen as in the table when there are few of
 * them, every other column held to a third of the screen, reached by
 * scrolling sideways. */
static void
layout_columns(struct pager *p)
{
	size_t c, k = 0, nfit = 0, cap = (size_t)COLS / 3;
	size_t *nat = xcalloc(p->nall + 1, sizeof *nat);

	if (cap < 20)
		cap = 20;
	p->ncols = 0;
	for (c = 0; c < p->nall; c++) {
		if (p->hidden[c])
			continue;
		if (c < p->nplan)
			nfit++;
		nat[p->ncols] = p->nat[p->allcols[c]];
		p->cols[p->ncols++] = p->allcols[c];
	}
	if (nfit > 8)
		nfit = 0;
	if (nfit > 0)
		table_fit(p->colw, nat, nfit, (size_t)COLS);
	for (k = nfit; k < p->ncols; k++)
		p->colw[k] = nat[k] > cap ? cap : nat[k];
	for (k = 0; k < p->ncols; k++)
		if (p->colw[k] == 0)
			p->colw[k] = 1;
	if (p->ccol >= p->ncols)
		p->ccol = p->ncols ? p->ncols - 1 : 0;
	if (p->left > p->ccol)
		p->left = p->ccol;
	free(nat);
}

/* Natural widths of every column from its name and the first rows. */
static void
measure_columns(struct pager *p)
{
	size_t c, i, n = nrows(p);

	for (c = 0; c < p->schema->n; c++) {
		const char *name = p->schema->names[c];

		p->nat[c] = display_width(name, strlen(name));
	}
	for (i = 0; i < n && i < SAMPLE_ROWS; i++) {
		const struct record *r = get_row(p, row_at(p, i));

		for (c = 0; r != NULL && c < p->schema->n && c < r->n; c++) {
			size_t w = display_width(r->f[c].s, r->f[c].len);

			if (w > p->nat[c])
				p->nat[c] = w;
		}
	}
	layout_columns(p);
}

/* Keeps the current column on screen. */
static void
show_column(struct pager *p)
{
	size_t x, c;

	if (p->ncols == 0)
		return;
	if (p->ccol < p->left)
		p->left = p->ccol;
	for (;;) {
		for (x = 0, c = p->left; c < p->ccol; c++)
			x += p->colw[c] + GAP;
		if (p->left == p->ccol || x + p->colw[p->ccol] <= (size_t)COLS)
			break;
		p->left++;
	}
}

/* Draws one table line: the header (r == NULL) or a row. */
static void
draw_line(struct pager *p, int y, const struct record *r, int current)
{
	size_t c, x = 0, w;

	move(y, 0);
	clrtoeol();
	for (c = p->left; c < p->ncols && x < (size_t)COLS; c++) {
		w = p->colw[c];
		if (x + w > (size_t)COLS)
			w = (size_t)COLS - x;
		if (r == NULL) {
			const char *s = p->schema->names[p->cols[c]];

			attrset(c == p->ccol ? A_REVERSE | A_BOLD : A_BOLD |
			    A_UNDERLINE);
			draw_text(p, y, (int)x, w, s, strlen(s));
			attrset(A_NORMAL);
		} else {
			const struct field *f = &r->f[p->cols[c]];

			draw_cell(p, y, (int)x, w, f->s, f->len, current ?
			    A_REVERSE : A_NORMAL);
		}
		if (current && c + 1 < p->ncols && x + w + GAP <= (size_t)COLS) {
			attrset(A_REVERSE);
			mvaddstr(y, (int)(x + w), "  ");
			attrset(A_NORMAL);
		}
		x += w + GAP;
	}
}

static const char *const job_names[] = {
	[J_LOAD] = "reading rows", [J_SEARCH] = "searching",
	[J_KEEP] = "keeping rows", [J_SORT] = "sorting",
	[J_FREQ] = "counting", [J_LINKS] = "finding links",
};

/* The status line of a running job: what, how far, how to stop it. */
static void
job_status(const struct pager *p, char *line, size_t size)
{
	const struct job *j = &p->job;
	size_t done, of;

	if (j->kind == J_LOAD) {
		double f = rowlist_done(p->rows);

		if (f >= 0)
			snprintf(line, size, "%s: %d%%  (Esc or Ctrl-C stops)",
			    job_names[J_LOAD], (int)(f * 100));
		else
			snprintf(line, size, "%s: %zu  (Esc or Ctrl-C stops)",
			    job_names[J_LOAD], rowlist_count(p->rows));
		return;
	}
	done = j->back ? j->start - j->pos : j->pos - j->start;
	of = j->back ? j->start : (j->kind == J_SEARCH ? nrows(p) : j->end) -
	    j->start;
	snprintf(line, size, "%s: %zu%%%s  (Esc or Ctrl-C stops)",
	    job_names[j->kind], of ? (size_t)((double)done * 100 / of) : 0,
	    j->kind == J_SEARCH && !rowlist_complete(p->rows) ? "+" : "");
}

static void
draw_status(struct pager *p, const char *text)
{
	char line[1024];
	size_t n = nrows(p);

	if (p->job.kind != J_NONE) {
		job_status(p, line, sizeof line);
		text = line;
	}
	if (text == NULL && p->msg[0] != '\0')
		text = p->msg;
	if (text == NULL) {
		snprintf(line, sizeof line, "%s  row %zu of %zu%s%s%s%s%s%s%s%s",
		    p->name, n ? p->cur + 1 : 0, n,
		    rowlist_complete(p->rows) ? "" : "+",
		    p->filters[0] ? "  " : "", p->filters,
		    p->sortdesc[0] ? "  sort " : "", p->sortdesc,
		    p->amp ? "  & " : "", p->amp ? p->amp : "",
		    p->bidi ? "  bidi" : "");
		text = line;
	}
	attrset(A_REVERSE);
	draw_text(p, LINES - 1, 0, (size_t)COLS, text, strlen(text));
	attrset(A_NORMAL);
}

static void
draw_table(struct pager *p)
{
	size_t i, h = body_height(), n = nrows(p);

	show_column(p);
	draw_line(p, 0, NULL, 0);
	for (i = 0; i < h; i++) {
		size_t pos = p->top + i;
		const struct record *r;

		if (pos >= n) {
			move((int)i + 1, 0);
			clrtoeol();
			continue;
		}
		r = get_row(p, row_at(p, pos));
		if (r != NULL)
			draw_line(p, (int)i + 1, r, pos == p->cur);
	}
	draw_status(p, NULL);
}

/* A list of text lines with a current one (detail, help, columns); marks
 * the search's matches when asked. */
static void
draw_lines(struct pager *p, const struct dline *dl, size_t ndl, size_t top,
    size_t cur, int mark_current, int marks)
{
	size_t i, h = (size_t)LINES - 1;

	for (i = 0; i < h; i++) {
		attr_t a;

		move((int)i, 0);
		clrtoeol();
		if (top + i >= ndl)
			continue;
		a = mark_current && top + i == cur ? A_REVERSE :
		    dl[top + i].target >= 0 ? A_UNDERLINE : A_NORMAL;
		if (marks) {
			draw_cell(p, (int)i, 0, (size_t)COLS, dl[top + i].text,
			    strlen(dl[top + i].text), a);
		} else {
			attrset(a);
			draw_text(p, (int)i, 0, (size_t)COLS, dl[top + i].text,
			    strlen(dl[top + i].text));
			attrset(A_NORMAL);
		}
	}
}

/* ---- detail view ---- */

static void
add_dline(struct pager *p, const char *text, size_t n, long target)
{
	p->dl = xreallocarray(p->dl, p->ndl + 1, sizeof *p->dl);
	p->dl[p->ndl].text = xstrndup(text, n);
	p->dl[p->ndl].target = target;
	p->ndl++;
}

/* Adds t[0, m) (text made safe) as lines of the screen's width, the first
 * after indent, the others after CONT, the indents' widths counted. Lines
 * break where Unicode allows (UAX #14, libunistring), inside a word only
 * when it is wider than a line, never inside a character or before a
 * combining mark. Nothing is left out but the blanks at a break. */
static void
wrap_line(struct pager *p, const char *indent, const char *t, size_t m,
    long target)
{
	char *brk = xmalloc(m + 1);
	struct buf line = { NULL, 0, 0 };
	size_t pos = 0;

	if (m > 0)
		u8_possible_linebreaks((const uint8_t *)t, m, "UTF-8", brk);
	do {
		size_t iw = display_width(indent, strlen(indent));
		size_t avail = (size_t)COLS > iw + 1 ? (size_t)COLS - iw : 1;
		size_t i = pos, w = 0, last = 0, end, len = 1;

		while (i < m) {
			ucs4_t uc;
			int l = u8_mbtouc(&uc, (const uint8_t *)t + i, m - i);
			size_t cw;

			len = l > 0 ? (size_t)l : 1;
			cw = display_width(t + i, len);
			if (i > pos && brk[i] == UC_BREAK_POSSIBLE)
				last = i;
			if (w + cw > avail && cw > 0)
				break;
			w += cw;
			i += len;
		}
		if (i >= m)
			end = m;
		else if (t[i] == ' ')
			end = i;	/* the blanks at the break go */
		else if (last > pos)
			end = last;
		else
			end = i > pos ? i : i + len;	/* wider than a line */
		line.len = 0;
		buf_adds(&line, indent);
		buf_add(&line, t + pos, end - pos);
		while (line.len > 0 && line.s[line.len - 1] == ' ')
			line.len--;
		add_dline(p, line.s, line.len, target);
		indent = CONT;
		for (pos = end; pos < m && t[pos] == ' '; pos++)
			;
	} while (pos < m);
	buf_free(&line);
	free(brk);
}

/* Adds "indent + text", each line of it wrapped (wrap_line). */
static void
add_wrapped(struct pager *p, const char *indent, const char *s, size_t n,
    long target)
{
	for (;;) {
		const char *nl = memchr(s, '\n', n);
		size_t len = nl != NULL ? (size_t)(nl - s) : n;
		struct buf safe = { NULL, 0, 0 };

		display_safe(&safe, s, len > 0 && s[len - 1] == '\r' &&
		    nl != NULL ? len - 1 : len);
		wrap_line(p, indent, safe.s ? safe.s : "", safe.len, target);
		buf_free(&safe);
		if (nl == NULL)
			break;
		indent = CONT;
		s = nl + 1;
		n -= len + 1;
	}
}

static void
clear_detail(struct pager *p)
{
	size_t i;

	for (i = 0; i < p->ndl; i++)
		free(p->dl[i].text);
	free(p->dl);
	p->dl = NULL;
	p->ndl = p->dtop = p->dcur = 0;
}

/* Row idx in the list of row from's links, if it is linked (J_LINKS). */
static void
link_row(struct pager *p, struct job *j, size_t idx)
{
	const struct roles *rs = &p->plan->roles;
	const struct record *o = get_row(p, idx);
	const struct field *id, *title;
	struct buf b = { NULL, 0, 0 };

	if (o == NULL || !links_match(rs, j->from, (enum link_dir)j->dir, o))
		return;
	id = role_value(rs, o, ROLE_ID);
	title = role_value(rs, o, ROLE_TITLE);
	buf_adds(&b, "  ");
	buf_add(&b, id->s, id->len);
	buf_adds(&b, "  ");
	buf_add(&b, title->s, title->len);
	add_wrapped(p, "", b.s, b.len, (long)idx);
	buf_free(&b);
	j->found = 1;
}

/* The row view's cursor on its first link, if any, in sight. */
static void
first_link(struct pager *p)
{
	size_t c;

	for (c = 0; c < p->ndl; c++)
		if (p->dl[c].target >= 0) {
			p->dcur = c;
			break;
		}
	if (p->dcur >= (size_t)LINES - 1)
		p->dtop = p->dcur - ((size_t)LINES - 1) + 2;
}

static void job_start(struct pager *, enum job_kind);
static void job_clear(struct job *);

/* Lists the rows linked to row r: for a fact, the references it cites; for
 * a citation, the facts that cite it. Every row is looked at, a step at a
 * time (J_LINKS), the list growing on the screen. */
static void
add_links(struct pager *p, const struct record *r)
{
	enum link_dir dir = links_dir(&p->plan->roles, r);

	if (dir == LINKS_NONE)
		return;
	add_dline(p, "", 0, -1);
	add_dline(p, dir == LINKS_CITES ? "Cites:" : "Cited by:",
	    dir == LINKS_CITES ? 6 : 9, -1);
	p->job.from = record_dup(r);
	p->job.dir = (int)dir;
	job_start(p, J_LINKS);
}

static void
build_detail(struct pager *p)
{
	size_t idx = p->trail[p->ntrail - 1], c;
	const struct record *r;
	struct record *copy;

	clear_detail(p);
	if (p->job.kind == J_LINKS || p->job.after == J_LINKS)
		job_clear(&p->job);	/* the links of the row shown before */
	if ((r = get_row(p, idx)) == NULL)
		return;
	copy = record_dup(r);	/* add_links reads other rows */
	for (c = 0; c < p->schema->n; c++) {
		struct buf b = { NULL, 0, 0 };

		buf_adds(&b, p->schema->names[c]);
		buf_adds(&b, ": ");
		buf_add(&b, copy->f[c].s, copy->f[c].len);
		add_wrapped(p, "", b.s, b.len, -1);
		buf_free(&b);
	}
	add_links(p, copy);
	free(copy);
}

static void
open_detail(struct pager *p, size_t idx)
{
	p->trail = xreallocarray(p->trail, p->ntrail + 1, sizeof *p->trail);
	p->trail[p->ntrail++] = idx;
	p->mode = M_DETAIL;
	build_detail(p);
}

/* ---- frequency view ---- */

static const char *const unit_names[] = {
	[GROUP_YEAR] = "year", [GROUP_MONTH] = "month", [GROUP_DAY] = "day",
};

static uint64_t
count_of(const struct record *r)
{
	return strtoull(r->f[1].s, NULL, 10);
}

/* Sorts the table by the value or the count, up or down; ties by value. */
static void
sort_freq(struct pager *p)
{
	struct sort_key k[2] = { { 0, 0, 0 }, { 0, 0, 0 } };

	k[0].col = (size_t)p->fsort;
	k[0].desc = p->fdesc;
	k[1].col = 0;
	sort_rows(p->freq.v, p->freq.n, k, p->fsort ? 2 : 1, p->diag);
}

static void
draw_freq(struct pager *p)
{
	size_t i, h = body_height(), w0 = 1, w1 = 5, w, bw;
	uint64_t max = 0;
	char head[160];
	int ascii = p->plan->opt->table.ascii;

	for (i = 0; i < p->freq.n; i++) {
		const struct record *r = p->freq.v[i];

		w = r->f[0].len ? display_width(r->f[0].s, r->f[0].len) : 7;
		if (w > w0)
			w0 = w;
		if (r->f[1].len > w1)
			w1 = r->f[1].len;
		if (count_of(r) > max)
			max = count_of(r);
	}
	if (p->funit != GROUP_VALUE)
		snprintf(head, sizeof head, "%s by %s",
		    p->schema->names[p->fcol], unit_names[p->funit]);
	else
		snprintf(head, sizeof head, "%s", p->schema->names[p->fcol]);
	if (display_width(head, strlen(head)) > w0)
		w0 = display_width(head, strlen(head));
	if (w0 + GAP + w1 > (size_t)COLS)
		w0 = (size_t)COLS > w1 + GAP + 1 ? (size_t)COLS - w1 - GAP : 1;
	bw = (size_t)COLS > w0 + w1 + 2 * GAP ? (size_t)COLS - w0 - w1 -
	    2 * GAP : 0;
	if (bw > BAR_MAX)
		bw = BAR_MAX;
	move(0, 0);
	clrtoeol();
	attrset(p->fsort == 0 ? A_REVERSE | A_BOLD : A_BOLD | A_UNDERLINE);
	draw_text(p, 0, 0, w0, head, strlen(head));
	attrset(p->fsort == 1 ? A_REVERSE | A_BOLD : A_BOLD | A_UNDERLINE);
	draw_text(p, 0, (int)(w0 + GAP), 5, "count", 5);
	attrset(A_NORMAL);
	for (i = 0; i < h; i++) {
		size_t pos = p->ftop + i;
		const struct record *r;
		struct buf b = { NULL, 0, 0 };

		move((int)i + 1, 0);
		clrtoeol();
		if (pos >= p->freq.n)
			continue;
		r = p->freq.v[pos];
		attrset(pos == p->fcur ? A_REVERSE : A_NORMAL);
		if (r->f[0].len == 0)
			draw_text(p, (int)i + 1, 0, w0, "(empty)", 7);
		else
			draw_text(p, (int)i + 1, 0, w0, r->f[0].s, r->f[0].len);
		mvaddstr((int)i + 1, (int)w0, "  ");
		draw_text(p, (int)i + 1, (int)(w0 + GAP), w1, r->f[1].s,
		    r->f[1].len);
		attrset(A_NORMAL);
		if (bw > 0 && table_bar(&b, count_of(r), max, bw, ascii) > 0)
			mvaddstr((int)i + 1, (int)(w0 + w1 + 2 * GAP), b.s);
		buf_free(&b);
	}
	draw_status(p, p->funit != GROUP_VALUE ? "Enter: its rows  h l s S: "
	    "sort  t: year, month, day  q: back" : "Enter: its rows  h l s S: "
	    "sort  q: back");
}

/* ---- columns view ---- */

/* The lines on screen alone: a file may have 100,000 columns. */
static void
draw_cols(struct pager *p)
{
	size_t h = (size_t)LINES - 1, i;
	struct dline *dl = xcalloc(h + 1, sizeof *dl);

	for (i = 0; i < h && p->ctop + i < p->nall; i++) {
		struct buf b = { NULL, 0, 0 };
		size_t c = p->ctop + i;

		buf_adds(&b, p->hidden[c] ? "  [ ] " : "  [x] ");
		buf_adds(&b, p->schema->names[p->allcols[c]]);
		dl[i].text = b.s;
		dl[i].target = -1;
	}
	draw_lines(p, dl, i, 0, p->ccur - p->ctop, 1, 0);
	while (i-- > 0)
		free(dl[i].text);
	free(dl);
	draw_status(p, "columns: Space shows or hides, Enter goes to it, "
	    "q: back");
}

/* ---- help ---- */

static const char *const help_lines[] = {
	"citeq pager keys",
	"",
	"  j, Down                       next row",
	"  k, Up                         previous row",
	"  Space, PgDn, f                next page",
	"  b, PgUp                       previous page",
	"  d, u                          half a page down, up",
	"  g, Home / G, End              first / last row",
	"  NG                            row N (a number, then G)",
	"  h, l, Left, Right             previous, next column (all of them)",
	"  c                             the columns: show, hide, go to one",
	"  /text, ?text                  search forward, backward",
	"  n, N                          next match, in the other direction",
	"  &text                         keep rows containing text (& alone: all)",
	"  s, S                          sort by the current column, up, down",
	"  Enter                         the row in full, with its links",
	"  F                             frequency of the current column's values",
	"  B                             right-to-left text in visual order",
	"  H                             this help",
	"  Esc, Ctrl-C                   stop a search, &, sort or count",
	"  q                             quit, or go back",
	"  Q, ZZ, :q                     quit",
	"",
	"In the row view, Enter on a link follows it and q goes back.",
	"In the frequency view, Enter keeps the rows of a value, h, l, s",
	"and S sort by value or count, t counts dates by year, month, day.",
	"Searches ignore case in every script; matches are marked.",
	"Mouse wheel scrolls.",
};

#define NHELP (sizeof help_lines / sizeof help_lines[0])

static void
draw_help(struct pager *p)
{
	size_t i;
	struct dline dl[NHELP];

	for (i = 0; i < NHELP; i++) {
		dl[i].text = (char *)help_lines[i];
		dl[i].target = -1;
	}
	draw_lines(p, dl, NHELP, p->htop, 0, 0, 0);
	draw_status(p, "help: q to go back");
}

/* ---- the rows & keeps, in order ---- */

static void
keep_visible(struct pager *p)
{
	size_t h = body_height();

	if (p->cur < p->top)
		p->top = p->cur;
	if (p->cur >= p->top + h)
		p->top = p->cur - h + 1;
}

/* The view from the order and the rows kept. */
static void
rebuild_view(struct pager *p)
{
	size_t n = rowlist_count(p->rows), i;

	free(p->view);
	p->view = NULL;
	p->nview = 0;
	if (p->kept == NULL)
		return;
	p->view = xcalloc(n + 1, sizeof *p->view);
	for (i = 0; i < n; i++) {
		size_t idx = p->order ? p->order[i] : i;

		if (p->kept[idx])
			p->view[p->nview++] = idx;
	}
}

static void
clear_keep(struct pager *p)
{
	free(p->kept);
	p->kept = NULL;
	free(p->amp);
	p->amp = NULL;
	rebuild_view(p);
	p->cur = p->top = 0;
}

/* ---- jobs ---- */

static void
job_clear(struct job *j)
{
	free(j->keep);
	pattern_free(&j->pat);
	group_free(j->group);
	free(j->value);
	free(j->desc);
	sorter_free(j->sorter);
	free(j->from);
	memset(j, 0, sizeof *j);
}

/* Starts job j, or the reading of every row before it when it needs
 * them. */
static void
job_start(struct pager *p, enum job_kind kind)
{
	struct job *j = &p->job;

	p->msg[0] = '\0';
	j->kind = kind;
	if (kind != J_SEARCH && kind != J_LOAD && !rowlist_complete(p->rows)) {
		j->after = kind;
		j->kind = J_LOAD;
		return;
	}
	switch (kind) {
	case J_KEEP:
		j->keep = xcalloc(rowlist_count(p->rows) + 1, 1);
		break;
	case J_SORT:
		j->sorter = sorter_new(&j->key, 1);
		break;
	default:
		break;
	}
	if (kind != J_SEARCH) {
		j->pos = j->start = 0;
		j->end = rowlist_count(p->rows);
	}
}

static void
job_stop(struct pager *p)
{
	p->nahead = 0;
	snprintf(p->msg, sizeof p->msg, "%s: stopped",
	    job_names[p->job.kind == J_LOAD && p->job.after != J_NONE ?
	    p->job.after : p->job.kind]);
	if (p->job.kind == J_LINKS)
		first_link(p);	/* the links found so far */
	job_clear(&p->job);
}

/* The job's work on row idx (pos of the view for a search). */
static void
job_row(struct pager *p, struct job *j, size_t idx)
{
	const struct record *r;

	switch (j->kind) {
	case J_SEARCH:
		r = get_row(p, row_at(p, idx));
		if (r != NULL && row_matches(p, r, &p->search))
			j->found = 1;
		break;
	case J_KEEP:
		if (j->narrow && p->kept != NULL && !p->kept[idx])
			break;
		if ((r = get_row(p, idx)) == NULL)
			break;
		if (j->group != NULL ? group_row_has(j->group, r, j->value,
		    j->vlen) : row_matches(p, r, &j->pat))
			j->keep[idx] = 1;
		break;
	case J_SORT:
		sorter_add(j->sorter, get_row(p, idx), p->diag);
		break;
	case J_FREQ:
		if (p->kept != NULL && !p->kept[idx])
			break;
		if ((r = get_row(p, idx)) != NULL)
			group_add(j->group, r, p->diag);
		break;
	case J_LINKS:
		link_row(p, j, idx);
		break;
	default:
		break;
	}
}

/* The end of a job: its result goes into the pager. */
static void
job_finish(struct pager *p)
{
	struct job *j = &p->job;
	const size_t *order;
	size_t n;

	switch (j->kind) {
	case J_LOAD:
		if (j->after != J_NONE) {
			enum job_kind next = j->after;

			j->after = J_NONE;
			job_start(p, next);
			return;
		}
		if (j->goto_row > 0) {
			n = nrows(p);
			p->cur = j->goto_row <= n ? j->goto_row - 1 :
			    (n ? n - 1 : 0);
		} else {
			p->cur = nrows(p) ? nrows(p) - 1 : 0;
		}
		keep_visible(p);
		break;
	case J_SEARCH:
		if (j->found) {
			p->cur = j->pos;
			keep_visible(p);
		} else {
			snprintf(p->msg, sizeof p->msg, "not found");
		}
		break;
	case J_KEEP:
		free(p->kept);	/* what it narrowed is in keep */
		p->kept = j->keep;
		j->keep = NULL;
		free(p->amp);
		p->amp = j->desc;
		j->desc = NULL;
		rebuild_view(p);
		p->cur = p->top = 0;
		p->mode = M_TABLE;
		break;
	case J_SORT:
		order = sorter_order(j->sorter, &n);
		free(p->order);
		p->order = xcalloc(n + 1, sizeof *p->order);
		memcpy(p->order, order, n * sizeof *order);
		snprintf(p->sortdesc, sizeof p->sortdesc, "%s", j->desc);
		rebuild_view(p);
		p->cur = p->top = 0;
		break;
	case J_FREQ:
		rowset_free(&p->freq);
		schema_free(&p->freqschema);
		schema_init(&p->freqschema);
		group_result(j->group, p->schema->names[p->fcol],
		    &p->freqschema, &p->freq);
		if (p->fsort != 1 || !p->fdesc)
			sort_freq(p);
		if (p->mode != M_FREQ)
			p->ftop = p->fcur = 0;
		p->mode = M_FREQ;
		break;
	case J_LINKS:
		if (!j->found)
			add_dline(p, "  (none)", 8, -1);
		first_link(p);	/* start on the first link, and show it */
		break;
	default:
		break;
	}
	job_clear(j);
}

/* One step of the job, of about STEP_NS; 1 when it is done. */
static int
job_step(struct pager *p)
{
	struct job *j = &p->job;
	long until = now_ns() + STEP_NS;
	size_t k = 0;

	if (j->kind == J_LOAD) {
		while (!rowlist_complete(p->rows)) {
			if (rowlist_load(p->rows, 4096) == 0 &&
			    !rowlist_complete(p->rows)) {
				p->waiting = 1;
				return 0;
			}
			if (j->after == J_NONE && j->goto_row > 0 &&
			    rowlist_count(p->rows) >= j->goto_row)
				return 1;
			if (now_ns() > until)
				return 0;
		}
		return 1;
	}
	if (j->kind == J_SEARCH) {
		for (;;) {
			if (j->back) {
				if (j->pos == 0)
					return 1;
				j->pos--;
			} else {
				if (j->pos + 1 >= nrows(p) && p->view == NULL &&
				    !rowlist_complete(p->rows) &&
				    rowlist_load(p->rows, 4096) == 0 &&
				    !rowlist_complete(p->rows)) {
					p->waiting = 1;	/* rows to come */
					return 0;
				}
				if (j->pos + 1 >= nrows(p))
					return 1;
				j->pos++;
			}
			job_row(p, j, j->pos);
			if (j->found)
				return 1;
			if (++k % CLOCK_EVERY == 0 && now_ns() > until)
				return 0;
		}
	}
	for (; j->pos < j->end; j->pos++) {
		job_row(p, j, j->pos);
		if (++k % CLOCK_EVERY == 0 && now_ns() > until) {
			j->pos++;
			return 0;
		}
	}
	return 1;
}

static void
start_search(struct pager *p, int back)
{
	if (p->search.m == NULL) {
		snprintf(p->msg, sizeof p->msg, "no search yet: / to search");
		return;
	}
	job_clear(&p->job);
	job_start(p, J_SEARCH);
	p->job.back = back;
	p->job.pos = p->job.start = p->cur;
}

/* & text: the rows holding it, out of all rows. */
static void
start_keep_text(struct pager *p, char *text)
{
	job_clear(&p->job);
	pattern_set(&p->job.pat, text);
	p->job.desc = text;
	job_start(p, J_KEEP);
}

/* Enter in the frequency view: the rows shown that count for the value. */
static void
start_keep_value(struct pager *p)
{
	const struct record *r = p->freq.v[p->fcur];
	struct buf d = { NULL, 0, 0 };

	job_clear(&p->job);
	p->job.group = group_new(p->schema, p->fcol, p->funit);
	p->job.value = xstrndup(r->f[0].s, r->f[0].len);
	p->job.vlen = r->f[0].len;
	p->job.narrow = 1;
	if (p->amp != NULL) {
		buf_adds(&d, p->amp);
		buf_adds(&d, ", ");
	}
	buf_adds(&d, p->schema->names[p->fcol]);
	if (p->funit != GROUP_VALUE) {
		buf_adds(&d, " by ");
		buf_adds(&d, unit_names[p->funit]);
	}
	buf_adds(&d, " = ");
	if (r->f[0].len == 0)
		buf_adds(&d, "(empty)");
	else
		buf_add(&d, r->f[0].s, r->f[0].len);
	p->job.desc = d.s;
	job_start(p, J_KEEP);
}

static void
start_sort(struct pager *p, int desc)
{
	const char *name = p->schema->names[p->cols[p->ccol]];

	struct buf d = { NULL, 0, 0 };

	job_clear(&p->job);
	p->job.key.col = p->cols[p->ccol];
	p->job.key.desc = desc;
	p->job.key.date = roles_column_is_date(p->schema, p->job.key.col);
	buf_adds(&d, desc ? "-" : "");
	buf_adds(&d, name);
	p->job.desc = d.s;
	job_start(p, J_SORT);
}

/* F: the frequency of column col's values; a date column by year. */
static void
start_freq(struct pager *p, size_t col, int unit)
{
	job_clear(&p->job);
	p->fcol = col;
	p->funit = unit;
	p->job.group = group_new(p->schema, col, unit);
	job_start(p, J_FREQ);
}

static const struct record *
get_for_sort(void *arg, size_t idx)
{
	return get_row(arg, idx);
}

/* -S from the command line: sorted before the first screen. */
static void
sort_by(struct pager *p, const struct sort_key *keys, size_t nkeys)
{
	size_t n, i;

	rowlist_load_all(p->rows);
	n = rowlist_count(p->rows);
	free(p->order);
	p->order = xcalloc(n + 1, sizeof *p->order);
	for (i = 0; i < n; i++)
		p->order[i] = i;
	sort_index(p->order, n, keys, nkeys, get_for_sort, p, p->diag);
}

/* ---- reading a line at the bottom ---- */

/* Reads text after the prompt; NULL when cancelled with Escape or
 * Ctrl-C. */
static char *
prompt(struct pager *p, const char *what)
{
	struct buf text = { NULL, 0, 0 };
	wint_t ch;
	int r;

	buf_adds(&text, "");
	curs_set(1);
	timeout(100);
	for (;;) {
		struct buf shown = { NULL, 0, 0 };

		buf_adds(&shown, what);
		buf_add(&shown, text.s, text.len);
		move(LINES - 1, 0);
		clrtoeol();
		draw_text(p, LINES - 1, 0, (size_t)COLS, shown.s, shown.len);
		move(LINES - 1, (int)display_width(shown.s, shown.len) <
		    COLS ? (int)display_width(shown.s, shown.len) : COLS - 1);
		buf_free(&shown);
		refresh();
		r = get_wch(&ch);
		if (got_signal)
			break;
		if (got_interrupt || (r == OK && ch == 27)) {
			got_interrupt = 0;
			buf_free(&text);
			curs_set(0);
			return NULL;
		}
		if (r == ERR)
			continue;
		if (r == OK && (ch == '\n' || ch == '\r'))
			break;
		if ((r == KEY_CODE_YES && ch == KEY_BACKSPACE) ||
		    (r == OK && (ch == 127 || ch == 8))) {
			while (text.len > 0 && ((unsigned char)text.s[--text.len]
			    & 0xC0) == 0x80)
				;	/* back over a whole character */
			text.s[text.len] = '\0';
			continue;
		}
		if (r == OK && ch >= 0x20) {
			uint8_t enc[6];
			int k = u8_uctomb(enc, (ucs4_t)ch, sizeof enc);

			if (k > 0)
				buf_add(&text, (const char *)enc, (size_t)k);
		}
	}
	curs_set(0);
	return text.s;
}

/* ---- keys ---- */

static void
move_by(struct pager *p, long delta)
{
	size_t n;

	if (delta > 0 && !rowlist_complete(p->rows) && p->view == NULL &&
	    p->cur + (size_t)delta + body_height() > rowlist_count(p->rows))
		rowlist_load(p->rows, (size_t)delta + body_height());
	n = nrows(p);
	if (n == 0)
		return;
	if (delta < 0)
		p->cur = (size_t)-delta > p->cur ? 0 : p->cur - (size_t)-delta;
	else
		p->cur = p->cur + (size_t)delta >= n ? n - 1 :
		    p->cur + (size_t)delta;
	keep_visible(p);
}

/* Moves in a list of n lines with the current one at *cur. */
static int
list_key(int key, size_t n, size_t *cur, size_t *top, size_t h)
{
	size_t page = h > 1 ? h - 1 : 1;

	switch (key) {
	case 'j': case KEY_DOWN: case '\n': case KEY_ENTER:
		if (*cur + 1 < n)
			(*cur)++;
		break;
	case 'k': case KEY_UP:
		if (*cur > 0)
			(*cur)--;
		break;
	case ' ': case 'f': case KEY_NPAGE:
		*cur = *cur + page < n ? *cur + page : (n ? n - 1 : 0);
		break;
	case 'b': case KEY_PPAGE:
		*cur = *cur > page ? *cur - page : 0;
		break;
	case 'g': case KEY_HOME:
		*cur = 0;
		break;
	case 'G': case KEY_END:
		*cur = n ? n - 1 : 0;
		break;
	default:
		return 0;
	}
	if (*cur < *top)
		*top = *cur;
	if (*cur >= *top + h)
		*top = *cur - h + 1;
	return 1;
}

/* G, or a number then G or g: the last row, or row N. */
static void
go_row(struct pager *p, size_t n)
{
	if (rowlist_complete(p->rows) || p->view != NULL ||
	    (n > 0 && n <= rowlist_count(p->rows))) {
		p->cur = n == 0 || n > nrows(p) ? (nrows(p) ? nrows(p) - 1 :
		    0) : n - 1;
		keep_visible(p);
		return;
	}
	job_clear(&p->job);
	p->job.goto_row = n;
	job_start(p, J_LOAD);
}

static void
table_key(struct pager *p, int key, int *quit)
{
	size_t h = body_height();
	char *text;

	if (key >= '0' && key <= '9') {
		if (p->count < 100000000UL)
			p->count = p->count * 10 + (unsigned long)(key - '0');
		p->have_count = 1;
		return;
	}
	switch (key) {
	case 'q':
		*quit = 1;
		break;
	case 'j': case KEY_DOWN:
		move_by(p, 1);
		break;
	case 'k': case KEY_UP:
		move_by(p, -1);
		break;
	case ' ': case 'f': case KEY_NPAGE:
		move_by(p, (long)h);
		p->top = p->cur;
		keep_visible(p);
		break;
	case 'b': case KEY_PPAGE:
		move_by(p, -(long)h);
		p->top = p->top > h ? p->top - h : 0;
		keep_visible(p);
		break;
	case 'd':
		move_by(p, (long)(h / 2));
		break;
	case 'u':
		move_by(p, -(long)(h / 2));
		break;
	case 'g': case KEY_HOME:
		if (p->have_count && p->count > 0) {
			go_row(p, p->count);
		} else {
			p->cur = 0;
			keep_visible(p);
		}
		break;
	case 'G': case KEY_END:
		go_row(p, p->have_count ? p->count : 0);
		break;
	case 'h': case KEY_LEFT:
		if (p->ccol > 0)
			p->ccol--;
		break;
	case 'l': case KEY_RIGHT:
		if (p->ccol + 1 < p->ncols)
			p->ccol++;
		break;
	case 'c':
		p->mode = M_COLS;
		for (p->ccur = 0; p->ccur < p->nall; p->ccur++)
			if (p->ncols > 0 && p->allcols[p->ccur] ==
			    p->cols[p->ccol])
				break;
		if (p->ccur >= p->nall)
			p->ccur = 0;
		if (p->ccur < p->ctop)
			p->ctop = p->ccur;
		if (p->ccur >= p->ctop + (size_t)LINES - 1)
			p->ctop = p->ccur - ((size_t)LINES - 1) + 1;
		break;
	case '/': case '?':
		if ((text = prompt(p, key == '/' ? "/" : "?")) == NULL)
			break;
		if (*text != '\0')
			pattern_set(&p->search, text);
		free(text);
		p->search_back = key == '?';
		start_search(p, p->search_back);
		break;
	case 'n':
		start_search(p, p->search_back);
		break;
	case 'N':
		start_search(p, !p->search_back);
		break;
	case '&':
		if ((text = prompt(p, "&")) == NULL)
			break;
		if (*text == '\0') {
			free(text);
			clear_keep(p);
		} else {
			start_keep_text(p, text);
		}
		break;
	case 's': case 'S':
		if (p->ncols > 0)
			start_sort(p, key == 'S');
		break;
	case '\n': case '\r': case KEY_ENTER:
		if (nrows(p) > 0)
			open_detail(p, row_at(p, p->cur));
		break;
	case 'F':
		if (p->ncols > 0)
			start_freq(p, p->cols[p->ccol],
			    roles_column_is_date(p->schema, p->cols[p->ccol]) ?
			    GROUP_YEAR : GROUP_VALUE);
		break;
	case 'H':
		p->mode = M_HELP;
		p->htop = 0;
		break;
	case 'B':
		p->bidi = !p->bidi;
		break;
	default:
		break;
	}
	p->count = 0;
	p->have_count = 0;
}

static void
detail_key(struct pager *p, int key)
{
	size_t h = (size_t)LINES - 1;

	switch (key) {
	case 'q':
		if (--p->ntrail == 0) {
			clear_detail(p);
			p->mode = M_TABLE;
		} else {
			build_detail(p);
		}
		return;
	case '\n': case '\r': case KEY_ENTER:
		if (p->dcur < p->ndl && p->dl[p->dcur].target >= 0) {
			open_detail(p, (size_t)p->dl[p->dcur].target);
			return;
		}
		break;
	default:
		break;
	}
	list_key(key, p->ndl, &p->dcur, &p->dtop, h);
}

static void
freq_key(struct pager *p, int key)
{
	switch (key) {
	case 'q':
		p->mode = M_TABLE;
		break;
	case '\n': case '\r': case KEY_ENTER:
		if (p->fcur < p->freq.n)
			start_keep_value(p);
		break;
	case 'h': case KEY_LEFT:
		p->fsort = 0;
		break;
	case 'l': case KEY_RIGHT:
		p->fsort = 1;
		break;
	case 's': case 'S':
		p->fdesc = key == 'S';
		sort_freq(p);
		p->fcur = p->ftop = 0;
		break;
	case 't':
		if (p->funit != GROUP_VALUE)
			start_freq(p, p->fcol, p->funit == GROUP_DAY ?
			    GROUP_YEAR : p->funit + 1);
		break;
	default:
		list_key(key, p->freq.n, &p->fcur, &p->ftop, body_height());
		break;
	}
}

static void
cols_key(struct pager *p, int key)
{
	size_t i, shown = 0;

	switch (key) {
	case 'q': case 'c':
		p->mode = M_TABLE;
		break;
	case ' ':
		for (i = 0; i < p->nall; i++)
			shown += !p->hidden[i];
		if (!p->hidden[p->ccur] && shown == 1) {
			snprintf(p->msg, sizeof p->msg, "one column stays");
			break;
		}
		p->hidden[p->ccur] = !p->hidden[p->ccur];
		layout_columns(p);
		break;
	case '\n': case '\r': case KEY_ENTER:
		p->hidden[p->ccur] = 0;
		layout_columns(p);
		for (i = 0; i < p->ncols; i++)
			if (p->cols[i] == p->allcols[p->ccur])
				p->ccol = i;
		p->mode = M_TABLE;
		break;
	default:
		list_key(key, p->nall, &p->ccur, &p->ctop, (size_t)LINES - 1);
		break;
	}
}

static void
handle_key(struct pager *p, int key, int *quit)
{
	char *text;

	p->msg[0] = '\0';
	if (key == KEY_MOUSE) {
		MEVENT ev;

		if (getmouse(&ev) != OK)
			return;
		if (ev.bstate & BUTTON4_PRESSED)
			key = 'k';
		else if (ev.bstate & BUTTON5_PRESSED)
			key = 'j';
		else
			return;
		if (p->mode == M_TABLE) {
			move_by(p, key == 'j' ? 3 : -3);
			return;
		}
	}
	/* Q, ZZ and :q quit from anywhere. */
	if (key == 'Q' || (key == 'Z' && p->zpending)) {
		*quit = 1;
		return;
	}
	p->zpending = key == 'Z';
	if (key == 'Z')
		return;
	if (key == ':') {
		if ((text = prompt(p, ":")) == NULL)
			return;
		if (strcmp(text, "q") == 0 || strcmp(text, "q!") == 0 ||
		    strcmp(text, "quit") == 0)
			*quit = 1;
		else if (*text != '\0')
			snprintf(p->msg, sizeof p->msg, "':%.200s': only :q "
			    "quits", text);
		free(text);
		return;
	}
	switch (p->mode) {
	case M_TABLE:
		table_key(p, key, quit);
		break;
	case M_DETAIL:
		detail_key(p, key);
		break;
	case M_FREQ:
		freq_key(p, key);
		break;
	case M_COLS:
		cols_key(p, key);
		break;
	case M_HELP:
		if (key == 'q' || key == 'H')
			p->mode = M_TABLE;
		else if ((key == 'j' || key == KEY_DOWN) && p->htop + 1 < NHELP)
			p->htop++;
		else if ((key == 'k' || key == KEY_UP) && p->htop > 0)
			p->htop--;
		break;
	}
}

static void
draw(struct pager *p)
{
	switch (p->mode) {
	case M_TABLE:
		draw_table(p);
		break;
	case M_DETAIL:
		draw_lines(p, p->dl, p->ndl, p->dtop, p->dcur, 1, 1);
		draw_status(p, p->msg[0] != '\0' ? NULL : p->ntrail > 1 ?
		    "row: Enter follows a link, q goes back" : "row: Enter "
		    "follows a link, q goes back to the table");
		break;
	case M_FREQ:
		draw_freq(p);
		break;
	case M_COLS:
		draw_cols(p);
		break;
	case M_HELP:
		draw_help(p);
		break;
	}
	refresh();
}

/* ---- start and stop ---- */

static int
start_terminal(struct pager *p, const char *term, struct diag_sink *d)
{
	static int registered;
	const char *cs;
	SCREEN *scr;
	FILE *tty;
	struct sigaction sa;

	if ((tty = fopen("/dev/tty", "r+")) == NULL) {
		diag_error(d, NULL, 0, "the pager needs a terminal "
		    "(/dev/tty cannot be opened)");
		return -1;
	}
	setlocale(LC_ALL, "");
	cs = nl_langinfo(CODESET);
	if (strcmp(cs, "UTF-8") != 0)
		setlocale(LC_CTYPE, "C.UTF-8");
	if ((scr = newterm(NULL, tty, tty)) == NULL) {
		diag_error(d, NULL, 0, "the pager cannot use this terminal "
		    "(TERM=%s)", term);
		fclose(tty);
		return -1;
	}
	set_term(scr);
	curses_on = 1;
	if (!registered) {
		atexit(restore_terminal);
		registered = 1;
	}
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	cbreak();
	noecho();
	nonl();
	keypad(stdscr, TRUE);
	curs_set(0);
	mousemask(BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	set_escdelay(50);
	if (p->color && has_colors() && start_color() == OK) {
		use_default_colors();
		init_pair(1, COLOR_BLACK, COLOR_YELLOW);
	} else {
		p->color = 0;
	}
	return 0;
}

/* Reads rows while nothing else is to be done, for about STEP_NS. */
static void
load_step(struct pager *p)
{
	long until = now_ns() + STEP_NS;

	while (!rowlist_complete(p->rows) && now_ns() < until)
		if (rowlist_load(p->rows, 4096) == 0 &&
		    !rowlist_complete(p->rows)) {
			p->waiting = 1;
			return;
		}
}

static void
on_resize(struct pager *p)
{
	layout_columns(p);
	keep_visible(p);
	if (p->mode == M_DETAIL)
		build_detail(p);
	clear();
}

/* Draws, reads a key, and between keys does a step of the running job
 * or reads more rows: the screen is drawn before any work is done. */
static void
run_loop(struct pager *p)
{
	int quit = 0, r, dirty = 1, busy;
	const char *last;
	wint_t ch;

	while (!quit) {
		if (got_signal) {
			int sig = got_signal;

			restore_terminal();
			signal(sig, SIG_DFL);
			raise(sig);
			return;
		}
		if (got_interrupt) {
			got_interrupt = 0;
			if (p->job.kind != J_NONE)
				job_stop(p);
			else
				snprintf(p->msg, sizeof p->msg, "q quits");
			dirty = 1;
		}
		if ((last = diag_held_last(p->diag)) != NULL) {
			snprintf(p->msg, sizeof p->msg, "%s", last);
			dirty = 1;
		}
		if (dirty)
			draw(p);
		dirty = 0;
		busy = p->job.kind != J_NONE || !rowlist_complete(p->rows);
		if (p->job.kind == J_NONE && p->nahead > 0) {
			r = p->ahead[0].r;
			ch = p->ahead[0].ch;
			memmove(p->ahead, p->ahead + 1, --p->nahead *
			    sizeof p->ahead[0]);
		} else {
			/* an input with nothing to read: keys for 20 ms,
			 * then it is asked again */
			timeout(!busy ? 100 : p->waiting ? 20 : 0);
			p->waiting = 0;
			r = get_wch(&ch);
		}
		if (r == ERR) {
			if (p->job.kind != J_NONE) {
				if (job_step(p))
					job_finish(p);
				dirty = 1;
			} else if (!rowlist_complete(p->rows)) {
				load_step(p);
				dirty = 1;
			}
			continue;
		}
		dirty = 1;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			on_resize(p);
			continue;
		}
		if (p->job.kind != J_NONE) {
			/* Keys between steps: Esc and q stop the job and
			 * what was typed after it; others wait for it. */
			if (r == OK && (ch == 27 || ch == 'q'))
				job_stop(p);
			else if (p->nahead < TYPEAHEAD) {
				p->ahead[p->nahead].r = r;
				p->ahead[p->nahead++].ch = ch;
			}
			continue;
		}
		if (r == OK && ch == '\r')
			ch = '\n';
		handle_key(p, (int)ch, &quit);
	}
}

/* Prints the rows as a table, for --pager=auto when they fit the screen. */
static void
print_table(struct pager *p)
{
	struct out o = { .fp = stdout };
	struct view v = { p->schema, p->plan->cols, p->plan->ncols, NULL };
	struct record **rows = xcalloc(nrows(p) + 1, sizeof *rows);
	size_t i, n = nrows(p);

	for (i = 0; i < n; i++) {
		const struct record *r = get_row(p, row_at(p, i));

		rows[i] = r ? record_dup(r) : record_make(0, NULL);
	}
	out_table(&o, &v, rows, n, &p->plan->opt->table);
	for (i = 0; i < n; i++)
		free(rows[i]);
	free(rows);
}

/* The plan's rows as a table when --pager=auto finds that they fit the
 * screen: 1 if printed. */
static int
fits_screen(struct pager *p, const struct pager_opts *opts)
{
	size_t screen = p->plan->opt->screen_rows;

	if (!opts->only_if_long)
		return 0;
	if (screen > 0) {
		rowlist_load(p->rows, screen);
		if (!rowlist_complete(p->rows) || nrows(p) + 1 >= screen)
			return 0;
	}
	rowlist_load_all(p->rows);
	print_table(p);
	return 1;
}

/* Loads up to want rows, for at most 200 ms while the input has nothing
 * to read. */
static void
first_rows(struct pager *p, size_t want)
{
	long until = now_ns() + 200000000L;
	struct timespec pause = { 0, 5000000L };

	while (rowlist_count(p->rows) < want && !rowlist_complete(p->rows))
		if (rowlist_load(p->rows, want - rowlist_count(p->rows)) == 0) {
			if (now_ns() > until)
				break;
			nanosleep(&pause, NULL);
		}
}

/* Every column, the plan's first, then the others in the schema's
 * order. */
static void
init_columns(struct pager *p)
{
	const struct plan *plan = p->plan;
	unsigned char *in = xcalloc(p->schema->n + 1, 1);
	size_t c;

	p->allcols = xcalloc(p->schema->n + plan->ncols + 1,
	    sizeof *p->allcols);
	for (c = 0; c < plan->ncols; c++)
		if (plan->cols[c] < p->schema->n && !in[plan->cols[c]]) {
			in[plan->cols[c]] = 1;
			p->allcols[p->nall++] = plan->cols[c];
		}
	p->nplan = p->nall;
	for (c = 0; c < p->schema->n; c++)
		if (!in[c])
			p->allcols[p->nall++] = c;
	free(in);
	p->hidden = xcalloc(p->nall + 1, 1);
	p->nat = xcalloc(p->schema->n + 1, sizeof *p->nat);
	p->cols = xcalloc(p->nall + 1, sizeof *p->cols);
	p->colw = xcalloc(p->nall + 1, sizeof *p->colw);
}

long
pager_run(const struct plan *plan, const struct pager_opts *opts,
    struct diag_sink *d)
{
	const struct options *o = plan->opt;
	struct pager p;
	long result = -1;

	if (plan->empty)
		return 0;
	memset(&p, 0, sizeof p);
	p.plan = plan;
	p.diag = d;
	p.bidi = opts->bidi;
	p.color = o->table.color;
	p.filters = o->filters ? o->filters : "";
	p.name = o->ninputs == 1 ? input_name(&o->inputs[0]) :
	    "(several files)";
	schema_init(&p.freqschema);
	p.fsort = p.fdesc = 1;		/* most frequent first */
	p.rows = plan->grouped ? rowlist_mem(&plan->groups, &plan->gschema) :
	    rowlist_lazy(plan->cursor);
	p.schema = rowlist_schema(p.rows);
	init_columns(&p);
	if (!plan->grouped && plan->keys != NULL) {
		sort_by(&p, plan->keys, plan->nkeys);
		snprintf(p.sortdesc, sizeof p.sortdesc, "%s", o->sort);
	}

	if (fits_screen(&p, opts)) {
		result = (long)nrows(&p);
		goto done;
	}
	diag_hold(d);
	if (start_terminal(&p, o->term, d) != 0)
		goto done;
	/* Enough rows for the first screen and for the column widths, from a
	 * pipe those that come within a fifth of a second; from now on a
	 * pipe with nothing to read does not keep keys waiting. */
	rowlist_nowait(p.rows);
	first_rows(&p, SAMPLE_ROWS > LINES ? SAMPLE_ROWS : (size_t)LINES);
	measure_columns(&p);
	run_loop(&p);
	restore_terminal();
	result = (long)rowlist_count(p.rows);
	if (!rowlist_complete(p.rows))
		result = result > 0 ? result : 0;
done:
	restore_terminal();
	diag_release(d);
	clear_detail(&p);
	job_clear(&p.job);
	free(p.trail);
	free(p.allcols);
	free(p.hidden);
	free(p.nat);
	free(p.cols);
	free(p.colw);
	free(p.order);
	free(p.kept);
	free(p.view);
	free(p.amp);
	pattern_free(&p.search);
	foldbuf_free(&p.fb);
	rowset_free(&p.freq);
	schema_free(&p.freqschema);
	rowlist_free(p.rows);
	return result;
}
