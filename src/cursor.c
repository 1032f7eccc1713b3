#include "cursor.h"

#include <stdlib.h>
#include <string.h>

#include "roles.h"
#include "xalloc.h"

struct cursor {
	struct filter *filter;
	struct diag_sink *diag;
	struct decoder *dec;
	size_t nsrc, cur;
	int keep;		/* inputs are kept for cursor_fetch() */
	int plain;		/* no fast path: libcsv splits every row */

	/* The fast path reads only the columns in need[] to test the
	 * filter, and the others only for a row that matches, unless the
	 * caller asked for some columns alone (cursor_want). */
	int sparse;		/* matching rows may hold only need[] */
	int bare;		/* the caller reads no column of a row */
	unsigned char *need;	/* per schema column */
	const char *bytes;	/* the last row's bytes */
	size_t nbytes;
};

/* Has the header a column for the role named name (in any alias)? */
static int
header_has(const struct record *h, const char *name)
{
	int role = role_of_name(name, strlen(name));
	size_t i;

	for (i = 0; i < h->n; i++)
		if (role_of_name(h->f[i].s, h->f[i].len) == role)
			return 1;
	return 0;
}

/* Opens input i and reads its header into the decoder. */
static void
open_source(struct cursor *c, size_t i, const struct input *in)
{
	const char *need[COL__COUNT];
	struct csvr *r;
	struct record h;
	size_t k, n;

	if ((r = input_open(in, c->keep, c->diag)) == NULL)
		return;
	switch (csvr_next(r, &h)) {
	case CSVR_ROW:
		break;
	case CSVR_ERROR:
		diag_error(c->diag, input_name(in), csvr_error_line(r), "%s%s",
		    csvr_error(r), input_hint(in));
		csvr_close(r);
		return;
	case CSVR_EOF:
	case CSVR_AGAIN:	/* (headers are read before csvr_nowait) */
		csvr_close(r);
		return;
	}
	n = filter_columns(c->filter, need);
	for (k = 0; k < n; k++)
		if (!header_has(&h, need[k])) {
			diag_error(c->diag, input_name(in), h.line, "no column "
			    "'%s' (needed by %s)%s", need[k],
			    filter_option_for(c->filter, need[k]),
			    input_hint(in));
			csvr_close(r);
			return;
		}
	decoder_add(c->dec, i, r, &h);
}

/* Which columns of each input the fast path reads first. */
static void
plan_reading(struct cursor *c)
{
	const struct schema *s = decoder_schema(c->dec);
	int all = filter_needs(c->filter, c->need, s->n);

	decoder_want(c->dec, c->need, all);
}

void
cursor_want(struct cursor *c, const size_t *cols, size_t n)
{
	const struct schema *s = decoder_schema(c->dec);
	size_t i;

	c->sparse = 1;
	c->bare = n == 0;
	for (i = 0; i < n; i++) {
		long from[4];
		size_t k, nf;

		if (cols[i] >= s->n)
			continue;
		c->need[cols[i]] = 1;
		nf = decoder_fallbacks(c->dec, cols[i], from, 4);
		for (k = 0; k < nf; k++)
			c->need[from[k]] = 1;
	}
	plan_reading(c);
}

void
cursor_fallback(struct cursor *c, size_t col)
{
	const struct schema *s = decoder_schema(c->dec);
	struct roles rs;
	int r;

	if (col >= s->n)
		return;
	roles_bind(&rs, s);
	for (r = 0; r < ROLE__COUNT; r++)
		if (rs.col[r][0] == (long)col && rs.col[r][1] >= 0)
			decoder_fallback(c->dec, col, &rs.col[r][1],
			    ROLE_MAXCOLS - 1);
}

void
cursor_plain(struct cursor *c)
{
	c->plain = 1;
	decoder_plain(c->dec);
}

int
cursor_may_wait(const struct cursor *c)
{
	size_t i;

	for (i = 0; i < c->nsrc; i++)
		if (decoder_reader(c->dec, i) != NULL &&
		    csvr_size(decoder_reader(c->dec, i)) == 0)
			return 1;
	return 0;
}

void
cursor_simd(struct cursor *c, enum csvs_simd simd)
{
	size_t i;

	for (i = 0; i < c->nsrc; i++)
		if (decoder_reader(c->dec, i) != NULL)
			csvr_simd(decoder_reader(c->dec, i), simd);
	decoder_simd(c->dec, simd);
	filter_simd(c->filter, simd);
}

struct cursor *
cursor_open(struct filter *f, const struct input *in, size_t n, int keep,
    struct diag_sink *d)
{
	struct cursor *c = xcalloc(1, sizeof *c);
	size_t i;

	c->filter = f;
	c->diag = d;
	c->keep = keep;
	c->nsrc = n;
	c->dec = decoder_new(n);
	for (i = 0; i < n; i++)
		open_source(c, i, &in[i]);
	decoder_ready(c->dec);
	c->need = xcalloc(decoder_schema(c->dec)->n + 1, 1);
	filter_bind(f, decoder_schema(c->dec));
	plan_reading(c);
	return c;
}

void
cursor_close(struct cursor *c)
{
	if (c == NULL)
		return;
	decoder_free(c->dec);
	free(c->need);
	free(c);
}

const struct schema *
cursor_schema(const struct cursor *c)
{
	return decoder_schema(c->dec);
}

struct decoder *
cursor_decoder(const struct cursor *c)
{
	return c->dec;
}

/* Reads input i's record b[0, len) into row: 1 if it passes the filter; 0
 * if not, or if it was skipped (reported); -1 when the input is malformed
 * there. */
static int
read_row(struct cursor *c, size_t i, const char *b, size_t len,
    struct record *row)
{
	struct csvr *rd = decoder_reader(c->dec, i);
	struct filter_input in = { NULL, 0, { NULL, 0, 0 } };
	int r = 1;

	/* The record's bytes may settle it before it is split (not with
	 * CITEQ_PLAIN, so that the differential test checks them); its
	 * columns are known where its shape is one csvs_split() takes. */
	if (!c->plain) {
		if (csvr_last_fields(rd) >= 0)
			in.map = decoder_map(c->dec, i, &in.n);
		in.ahead.end = csvr_ahead(rd, &in.ahead.id, &in.ahead.fills);
		r = filter_prefilter(c->filter, b, len, csvr_delim(rd), &in);
	}
	if (r != 1) {
		/* It fails: unless it is malformed, which libcsv tells. */
		if (r == 0) {
			if (decoder_check(c->dec, i, b, len) == 0)
				return 0;
			r = decoder_parse_last(c->dec, i, row, c->diag);
			return r == -2 ? -1 : 0;
		}
		/* It passes: unless the caller reads its columns (or the
		 * record is malformed, which libcsv tells), no need to
		 * split it. */
		if (c->bare && decoder_check(c->dec, i, b, len) == 0) {
			row->file = csvr_name(rd);
			row->line = csvr_last(rd).line;
			row->n = 0;
			row->f = NULL;
			return 1;
		}
	}
	if (decoder_split_wanted(c->dec, i, b, len, row) != 0) {
		if ((r = decoder_parse_last(c->dec, i, row, c->diag)) != 0)
			return r == -2 ? -1 : 0;
		return c->plain ? filter_match(c->filter, row, c->diag) :
		    filter_match_prefiltered(c->filter, row, c->diag);
	}
	if (!filter_match_prefiltered(c->filter, row, c->diag))
		return 0;
	if (!c->sparse)
		decoder_split_rest(c->dec, i, b, len);
	return 1;
}

int
cursor_next(struct cursor *c, struct record *row, struct rowref *ref)
{
	enum csvr_status st;
	struct csvr *rd;
	const char *b;
	size_t len;
	int r;

	for (; c->cur < c->nsrc; c->cur++) {
		if ((rd = decoder_reader(c->dec, c->cur)) == NULL)
			continue;
		while ((st = csvr_next_bytes(rd, &b, &len)) == CSVR_ROW) {
			if ((r = read_row(c, c->cur, b, len, row)) < 0) {
				st = CSVR_ERROR;
				break;
			}
			if (r == 0)
				continue;
			decoder_fill(c->dec, row);
			c->bytes = b;
			c->nbytes = len;
			if (ref != NULL) {
				ref->input = c->cur;
				ref->span = csvr_last(rd);
			}
			return 1;
		}
		if (st == CSVR_AGAIN)
			return -1;
		if (st == CSVR_ERROR)
			diag_error(c->diag, csvr_name(rd), csvr_error_line(rd),
			    "%s", csvr_error(rd));
	}
	return 0;
}

void
cursor_nowait(struct cursor *c)
{
	size_t i;

	for (i = 0; i < c->nsrc; i++)
		if (decoder_reader(c->dec, i) != NULL)
			csvr_nowait(decoder_reader(c->dec, i));
}

const char *
cursor_bytes(const struct cursor *c, size_t *len)
{
	*len = c->nbytes;
	return c->bytes;
}

long
cursor_fields(const struct cursor *c)
{
	const struct csvr *rd = c->cur < c->nsrc ?
	    decoder_reader(c->dec, c->cur) : NULL;

	return rd != NULL ? csvr_last_fields(rd) : -2;
}

int
cursor_fetch(struct cursor *c, const struct rowref *ref, struct record *row)
{
	return decoder_fetch(c->dec, ref, row, c->diag);
}
