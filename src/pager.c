/* The interactive pager. It is the only file that includes curses. It
 * views a query plan (plan.h) built by the front end: rows come from
 * rows.c (read again from the input when shown), links between rows from
 * links.c, text goes through display.c and bidi.c.
 *
 * Keys follow less and csvlens; see the help screen (H) and citeq(1). */
#define NCURSES_WIDECHAR 1
#include <curses.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <unistr.h>
#include <wchar.h>

#include "bidi.h"
#include "display.h"
#include "fold.h"
#include "group.h"
#include "links.h"
#include "out.h"
#include "pager.h"
#include "plan.h"
#include "roles.h"
#include "rows.h"
#include "sort.h"
#include "xalloc.h"

#define GAP		2
#define SAMPLE_ROWS	1000	/* rows measured for column widths */
#define LOAD_BATCH	5000	/* rows read between two keys */

/* ---- the terminal ----
 * The only file-level state in citeq: the terminal must be restored from
 * atexit() (after an error or out of memory) and a signal handler may only
 * set a flag. */

static int curses_on;
static volatile sig_atomic_t got_signal;

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
	got_signal = sig;
}

/* ---- the pager's state ---- */

enum mode { M_TABLE, M_DETAIL, M_FREQ, M_HELP };

struct dline {
	char *text;
	long target;		/* row to follow on Enter, or -1 */
};

struct pager {
	const struct plan *plan;
	struct rowlist *rows;
	const struct schema *schema;
	const char *name;
	const char *filters;
	struct diag_sink *diag;

	const size_t *cols;	/* the columns shown, and their widths */
	size_t ncols;
	size_t *colw;
	size_t *order;		/* sorted order of all rows, or NULL */
	size_t *view;		/* the rows that pass &, or NULL */
	size_t nview;
	char sortdesc[128];
	char *amp;		/* the & text as typed */
	int bidi;

	enum mode mode;
	size_t top, cur;	/* table: first row shown, current row */
	size_t left, ccol;	/* first column shown, current column */
	unsigned long count;	/* a number typed before a key */
	int have_count;
	char *search;		/* folded */
	size_t searchlen;
	int search_back;
	char msg[256];

	/* detail view: lines, scroll, and the rows visited */
	struct dline *dl;
	size_t ndl, dtop, dcur;
	size_t *trail;
	size_t ntrail;

	/* frequency view */
	struct rowset freq;
	struct schema freqschema;
	size_t ftop, fcur;

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

/* Column widths from the header and the first rows: fitted to the screen
 * as in the table when there are few columns, else each held to a third of
 * the screen, with the rest reached by scrolling sideways. */
static void
measure_columns(struct pager *p)
{
	size_t c, i, n = nrows(p), cap = (size_t)COLS / 3;
	size_t *nat = xcalloc(p->ncols + 1, sizeof *nat);

	if (cap < 20)
		cap = 20;
	for (c = 0; c < p->ncols; c++) {
		const char *name = p->schema->names[p->cols[c]];

		nat[c] = display_width(name, strlen(name));
	}
	for (i = 0; i < n && i < SAMPLE_ROWS; i++) {
		const struct record *r = get_row(p, row_at(p, i));

		for (c = 0; r != NULL && c < p->ncols; c++) {
			const struct field *f = &r->f[p->cols[c]];
			size_t w = display_width(f->s, f->len);

			if (w > nat[c])
				nat[c] = w;
		}
	}
	if (p->ncols <= 8) {
		table_fit(p->colw, nat, p->ncols, (size_t)COLS);
	} else {
		for (c = 0; c < p->ncols; c++)
			p->colw[c] = nat[c] > cap ? cap : nat[c];
	}
	for (c = 0; c < p->ncols; c++)
		if (p->colw[c] == 0)
			p->colw[c] = 1;
	free(nat);
}

/* Keeps the current column on screen. */
static void
show_column(struct pager *p)
{
	size_t x, c;

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
		const char *s;
		size_t n;
		attr_t a = A_NORMAL;

		w = p->colw[c];
		if (x + w > (size_t)COLS)
			w = (size_t)COLS - x;
		if (r == NULL) {
			s = p->schema->names[p->cols[c]];
			n = strlen(s);
			a = c == p->ccol ? A_REVERSE | A_BOLD : A_BOLD |
			    A_UNDERLINE;
		} else {
			s = r->f[p->cols[c]].s;
			n = r->f[p->cols[c]].len;
			if (current)
				a = A_REVERSE;
		}
		attrset(a);
		draw_text(p, y, (int)x, w, s, n);
		if (current && c + 1 < p->ncols && x + w + GAP <= (size_t)COLS)
			mvaddstr(y, (int)(x + w), "  ");
		attrset(A_NORMAL);
		x += w + GAP;
	}
}

static void
draw_status(struct pager *p, const char *text)
{
	char line[1024];
	size_t n = nrows(p);

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

/* A list of text lines with a current one (detail, frequency, help). */
static void
draw_lines(struct pager *p, const struct dline *dl, size_t ndl, size_t top,
    size_t cur, int mark_current)
{
	size_t i, h = (size_t)LINES - 1;

	for (i = 0; i < h; i++) {
		move((int)i, 0);
		clrtoeol();
		if (top + i >= ndl)
			continue;
		attrset(mark_current && top + i == cur ? A_REVERSE :
		    dl[top + i].target >= 0 ? A_UNDERLINE : A_NORMAL);
		draw_text(p, (int)i, 0, (size_t)COLS, dl[top + i].text,
		    strlen(dl[top + i].text));
		attrset(A_NORMAL);
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

/* Adds "indent + text" wrapped at the screen's width, breaking at spaces
 * where it can and always on character boundaries. */
static void
add_wrapped(struct pager *p, const char *indent, const char *s, size_t n,
    long target)
{
	size_t width = (size_t)COLS > strlen(indent) + 10 ?
	    (size_t)COLS - strlen(indent) : 10;
	const uint8_t *u = (const uint8_t *)s, *end = u + n;
	struct buf line = { NULL, 0, 0 };

	do {
		const uint8_t *q = u, *brk = NULL;
		size_t w = 0;
		ucs4_t uc;
		int len;

		while (q < end && *q != '\n') {
			len = u8_mbtouc(&uc, q, (size_t)(end - q));
			if (len < 1)
				len = 1;
			w += display_width((const char *)q, (size_t)len);
			if (w > width)
				break;
			if (*q == ' ')
				brk = q;
			q += len;
		}
		if (q < end && *q != '\n' && brk != NULL && brk > u)
			q = brk;	/* break at the last space */
		if (q == u && q < end && *q != '\n')
			q += (len = u8_mbtouc(&uc, q, (size_t)(end - q))) > 0 ?
			    len : 1;
		line.len = 0;
		buf_adds(&line, indent);
		buf_add(&line, (const char *)u, (size_t)(q - u));
		add_dline(p, line.s, line.len, target);
		indent = "  ";
		u = q;
		while (u < end && (*u == ' ' || *u == '\n'))
			u++;
	} while (u < end);
	buf_free(&line);
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

/* Lists the rows linked to row r: for a fact, the references it cites; for
 * a citation, the facts that cite it. */
static void
add_links(struct pager *p, const struct record *r)
{
	const struct roles *rs = &p->plan->roles;
	enum link_dir dir = links_dir(rs, r);
	size_t n, i, found;

	if (dir == LINKS_NONE)
		return;
	rowlist_load_all(p->rows);
	n = rowlist_count(p->rows);
	add_dline(p, "", 0, -1);
	add_dline(p, dir == LINKS_CITES ? "Cites:" : "Cited by:",
	    dir == LINKS_CITES ? 6 : 9, -1);
	for (i = 0, found = 0; i < n; i++) {
		const struct record *o = get_row(p, i);
		const struct field *id, *title;
		struct buf b = { NULL, 0, 0 };

		if (o == NULL || !links_match(rs, r, dir, o))
			continue;
		id = role_value(rs, o, ROLE_ID);
		title = role_value(rs, o, ROLE_TITLE);
		buf_adds(&b, "  ");
		buf_add(&b, id->s, id->len);
		buf_adds(&b, "  ");
		buf_add(&b, title->s, title->len);
		add_wrapped(p, "", b.s, b.len, (long)i);
		buf_free(&b);
		found++;
	}
	if (found == 0)
		add_dline(p, "  (none)", 8, -1);
}

static void
build_detail(struct pager *p)
{
	size_t idx = p->trail[p->ntrail - 1], c;
	const struct record *r;
	struct record *copy;

	clear_detail(p);
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
	/* Start on the first link, if any, and show it. */
	for (c = 0; c < p->ndl; c++)
		if (p->dl[c].target >= 0) {
			p->dcur = c;
			break;
		}
	if (p->dcur >= (size_t)LINES - 1)
		p->dtop = p->dcur - ((size_t)LINES - 1) + 2;
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

static void
open_freq(struct pager *p)
{
	struct group *g = group_new(p->schema, p->cols[p->ccol], 0);
	size_t i, n = nrows(p);

	for (i = 0; i < n; i++) {
		const struct record *r = get_row(p, row_at(p, i));

		if (r != NULL)
			group_add(g, r, NULL);
	}
	rowset_free(&p->freq);
	schema_free(&p->freqschema);
	group_result(g, p->schema->names[p->cols[p->ccol]], &p->freqschema,
	    &p->freq);
	group_free(g);
	p->ftop = p->fcur = 0;
	p->mode = M_FREQ;
}

static void
draw_freq(struct pager *p)
{
	size_t i, h = body_height(), w0 = 5, w;

	for (i = 0; i < p->freq.n; i++) {
		w = display_width(p->freq.v[i]->f[0].s, p->freq.v[i]->f[0].len);
		if (w > w0)
			w0 = w;
	}
	if (w0 + GAP + 8 > (size_t)COLS)
		w0 = (size_t)COLS > 10 + GAP ? (size_t)COLS - 8 - GAP : 1;
	move(0, 0);
	clrtoeol();
	attrset(A_BOLD | A_UNDERLINE);
	draw_text(p, 0, 0, w0, p->freqschema.names[0],
	    strlen(p->freqschema.names[0]));
	mvaddstr(0, (int)(w0 + GAP), "count");
	attrset(A_NORMAL);
	for (i = 0; i < h; i++) {
		size_t pos = p->ftop + i;
		const struct record *r;

		move((int)i + 1, 0);
		clrtoeol();
		if (pos >= p->freq.n)
			continue;
		r = p->freq.v[pos];
		attrset(pos == p->fcur ? A_REVERSE : A_NORMAL);
		draw_text(p, (int)i + 1, 0, w0, r->f[0].s, r->f[0].len);
		mvaddstr((int)i + 1, (int)w0, "  ");
		draw_text(p, (int)i + 1, (int)(w0 + GAP), 8, r->f[1].s,
		    r->f[1].len);
		attrset(A_NORMAL);
	}
	draw_status(p, "frequency of the column: q to go back");
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
	"  h, l, Left, Right             previous, next column",
	"  /text, ?text                  search forward, backward",
	"  n, N                          next match, in the other direction",
	"  &text                         keep rows containing text (& alone: all)",
	"  s, S                          sort by the current column, up, down",
	"  Enter                         the row in full, with its links",
	"  F                             frequency of the current column's values",
	"  B                             right-to-left text in visual order",
	"  H                             this help",
	"  q                             quit, or go back",
	"",
	"In the row view, Enter on a link follows it and q goes back.",
	"Searches ignore case in every script. Mouse wheel scrolls.",
};

static void
draw_help(struct pager *p)
{
	size_t n = sizeof help_lines / sizeof help_lines[0], i;
	struct dline dl[sizeof help_lines / sizeof help_lines[0]];

	for (i = 0; i < n; i++) {
		dl[i].text = (char *)help_lines[i];
		dl[i].target = -1;
	}
	draw_lines(p, dl, n, p->htop, 0, 0);
	draw_status(p, "help: q to go back");
}

/* ---- searching, filtering, sorting ---- */

static int
row_contains(struct pager *p, const struct record *r, const char *needle,
    size_t nlen)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		fold(&p->fb, r->f[i].s, r->f[i].len);
		if (fold_contains(p->fb.s, p->fb.len, needle, nlen))
			return 1;
	}
	return 0;
}

static void
keep_visible(struct pager *p)
{
	size_t h = body_height();

	if (p->cur < p->top)
		p->top = p->cur;
	if (p->cur >= p->top + h)
		p->top = p->cur - h + 1;
}

static void
search(struct pager *p, int back)
{
	size_t n, pos;

	if (p->search == NULL) {
		snprintf(p->msg, sizeof p->msg, "no search yet: / to search");
		return;
	}
	rowlist_load_all(p->rows);
	n = nrows(p);
	for (pos = p->cur; back ? pos-- > 0 : ++pos < n;) {
		const struct record *r = get_row(p, row_at(p, pos));

		if (r != NULL && row_contains(p, r, p->search, p->searchlen)) {
			p->cur = pos;
			keep_visible(p);
			return;
		}
	}
	snprintf(p->msg, sizeof p->msg, "not found");
}

static void
apply_amp(struct pager *p)
{
	size_t n, i, len;
	char *needle;

	free(p->view);
	p->view = NULL;
	p->nview = 0;
	p->cur = p->top = 0;
	if (p->amp == NULL)
		return;
	rowlist_load_all(p->rows);
	n = rowlist_count(p->rows);
	needle = fold_dup(p->amp, strlen(p->amp), &len);
	p->view = xcalloc(n + 1, sizeof *p->view);
	for (i = 0; i < n; i++) {
		size_t idx = p->order ? p->order[i] : i;
		const struct record *r = get_row(p, idx);

		if (r != NULL && row_contains(p, r, needle, len))
			p->view[p->nview++] = idx;
	}
	free(needle);
}

static const struct record *
get_for_sort(void *arg, size_t idx)
{
	return get_row(arg, idx);
}

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
	apply_amp(p);
}

static void
sort_column(struct pager *p, int desc)
{
	struct sort_key k;
	const char *name = p->schema->names[p->cols[p->ccol]];

	k.col = p->cols[p->ccol];
	k.desc = desc;
	k.date = roles_column_is_date(p->schema, k.col);
	sort_by(p, &k, 1);
	snprintf(p->sortdesc, sizeof p->sortdesc, "%s%s", desc ? "-" : "",
	    name);
}

/* ---- reading a line at the bottom ---- */

/* Reads text after the prompt; NULL when cancelled with Escape. */
static char *
prompt(struct pager *p, const char *what)
{
	struct buf text = { NULL, 0, 0 };
	wint_t ch;
	int r;

	buf_adds(&text, "");
	curs_set(1);
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
		if (r == ERR)
			continue;
		if (r == OK && (ch == '\n' || ch == '\r'))
			break;
		if (r == OK && ch == 27) {
			buf_free(&text);
			curs_set(0);
			return NULL;
		}
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

	if (delta > 0 && !rowlist_complete(p->rows) && p->view == NULL)
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

static void
set_search(struct pager *p, const char *text)
{
	free(p->search);
	p->search = fold_dup(text, strlen(text), &p->searchlen);
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
		p->cur = 0;
		if (p->have_count && p->count > 0)
			move_by(p, (long)p->count - 1);
		keep_visible(p);
		break;
	case 'G': case KEY_END:
		rowlist_load_all(p->rows);
		if (p->have_count && p->count > 0) {
			p->cur = 0;
			move_by(p, (long)p->count - 1);
		} else {
			p->cur = nrows(p) ? nrows(p) - 1 : 0;
		}
		keep_visible(p);
		break;
	case 'h': case KEY_LEFT:
		if (p->ccol > 0)
			p->ccol--;
		break;
	case 'l': case KEY_RIGHT:
		if (p->ccol + 1 < p->ncols)
			p->ccol++;
		break;
	case '/': case '?':
		if ((text = prompt(p, key == '/' ? "/" : "?")) == NULL)
			break;
		if (*text != '\0')
			set_search(p, text);
		free(text);
		p->search_back = key == '?';
		search(p, p->search_back);
		break;
	case 'n':
		search(p, p->search_back);
		break;
	case 'N':
		search(p, !p->search_back);
		break;
	case '&':
		if ((text = prompt(p, "&")) == NULL)
			break;
		free(p->amp);
		p->amp = NULL;
		if (*text != '\0')
			p->amp = text;
		else
			free(text);
		apply_amp(p);
		break;
	case 's': case 'S':
		sort_column(p, key == 'S');
		break;
	case '\n': case '\r': case KEY_ENTER:
		if (nrows(p) > 0)
			open_detail(p, row_at(p, p->cur));
		break;
	case 'F':
		open_freq(p);
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
handle_key(struct pager *p, int key, int *quit)
{
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
	switch (p->mode) {
	case M_TABLE:
		table_key(p, key, quit);
		break;
	case M_DETAIL:
		detail_key(p, key);
		break;
	case M_FREQ:
		if (key == 'q')
			p->mode = M_TABLE;
		else
			list_key(key, p->freq.n, &p->fcur, &p->ftop,
			    body_height());
		break;
	case M_HELP:
		if (key == 'q' || key == 'H')
			p->mode = M_TABLE;
		else if ((key == 'j' || key == KEY_DOWN) && p->htop + 1 <
		    sizeof help_lines / sizeof help_lines[0])
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
		draw_lines(p, p->dl, p->ndl, p->dtop, p->dcur, 1);
		draw_status(p, p->ntrail > 1 ? "row: Enter follows a link, "
		    "q goes back" : "row: Enter follows a link, q goes back "
		    "to the table");
		break;
	case M_FREQ:
		draw_freq(p);
		break;
	case M_HELP:
		draw_help(p);
		break;
	}
	refresh();
}

/* ---- start and stop ---- */

static int
start_terminal(const char *term, struct diag_sink *d)
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
	timeout(100);
	set_escdelay(50);
	return 0;
}

static void
run_loop(struct pager *p)
{
	int quit = 0, r, dirty = 1;
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
		if ((last = diag_held_last(p->diag)) != NULL) {
			snprintf(p->msg, sizeof p->msg, "%s", last);
			dirty = 1;
		}
		if (dirty)
			draw(p);
		dirty = 0;
		r = get_wch(&ch);
		if (r == ERR) {
			if (!rowlist_complete(p->rows) && p->view == NULL) {
				rowlist_load(p->rows, LOAD_BATCH);
				dirty = 1;
			}
			continue;
		}
		dirty = 1;
		if (r == KEY_CODE_YES && ch == KEY_RESIZE) {
			measure_columns(p);
			keep_visible(p);
			if (p->mode == M_DETAIL)
				build_detail(p);
			clear();
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
	struct view v = { p->schema, p->cols, p->ncols, NULL };
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
	p.filters = o->filters ? o->filters : "";
	p.name = o->ninputs == 1 ? input_name(&o->inputs[0]) :
	    "(several files)";
	schema_init(&p.freqschema);
	p.rows = plan->grouped ? rowlist_mem(&plan->groups, &plan->gschema) :
	    rowlist_lazy(plan->cursor);
	p.schema = rowlist_schema(p.rows);
	p.cols = plan->cols;
	p.ncols = plan->ncols;
	if (!plan->grouped && plan->keys != NULL) {
		sort_by(&p, plan->keys, plan->nkeys);
		snprintf(p.sortdesc, sizeof p.sortdesc, "%s", o->sort);
	}
	p.colw = xcalloc(p.ncols + 1, sizeof *p.colw);

	if (fits_screen(&p, opts)) {
		result = (long)nrows(&p);
		goto done;
	}
	diag_hold(d);
	if (start_terminal(o->term, d) != 0)
		goto done;
	/* Enough rows for the first screen and for the column widths. */
	rowlist_load(p.rows, SAMPLE_ROWS > LINES ? SAMPLE_ROWS : (size_t)LINES);
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
	free(p.trail);
	free(p.colw);
	free(p.order);
	free(p.view);
	free(p.amp);
	free(p.search);
	foldbuf_free(&p.fb);
	rowset_free(&p.freq);
	schema_free(&p.freqschema);
	rowlist_free(p.rows);
	return result;
}
