/* Output: a writer that remembers its first error, and the formatters.
 * Each formatter lives in its own out_*.c file. */
#ifndef CITEQ_OUT_H
#define CITEQ_OUT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "record.h"
#include "roles.h"

struct out {
	FILE *fp;		/* NULL: write into mem */
	int err;		/* errno of the first failed write, or 0 */
	void *state;		/* a formatter's, from its begin to its end */
	char *mem;		/* what was written, when fp is NULL */
	size_t memlen, memcap;
};

void out_write(struct out *, const char *s, size_t n);
void out_puts(struct out *, const char *s);
void out_putc(struct out *, char c);
/* Flushes; returns 0 or the errno of the first failure. */
int out_finish(struct out *);

enum format { FMT_TABLE, FMT_CSV, FMT_TSV, FMT_JSON, FMT_JSONL, FMT_BIBTEX,
	FMT_CSL, FMT_RIS, FMT_WIKI };

/* Parses a --format value, in any case; -1 if unknown. */
int format_parse(const char *name);
const char *format_name(enum format);

/* The columns to print, in order: indices into a schema. */
struct view {
	const struct schema *schema;
	const size_t *cols;
	size_t n;
	const struct roles *roles;	/* for the bibliographic formats */
};

/* A streaming formatter: begin, one call a row (i counts from 0), end.
 * begin and end may be NULL. */
struct formatter {
	void (*begin)(struct out *, const struct view *);
	void (*row)(struct out *, const struct view *, const struct record *,
	    size_t i);
	void (*end)(struct out *, const struct view *, size_t nrows);
};

/* For delimited formats (CSV, TSV): the header line, or a row's line, with
 * each field written by field() and separated by sep. */
void out_delimited(struct out *, const struct view *, const struct record *,
    char sep, void (*field)(struct out *, const char *, size_t));

extern const struct formatter out_csv;
extern const struct formatter out_tsv;
extern const struct formatter out_json;
extern const struct formatter out_jsonl;
extern const struct formatter out_bibtex;
extern const struct formatter out_csl;
extern const struct formatter out_ris;
extern const struct formatter out_wiki;

/* A JSON string, with invalid UTF-8 as U+FFFD (out_json.c). */
void out_json_string(struct out *, const char *s, size_t n);

/* The table needs every row before it prints one. The front end decides
 * what suits the terminal: the library reads no environment. */
struct table_opts {
	size_t width;		/* terminal width; 0 = no limit */
	int color;
	int bars;		/* a bar beside each count (COLUMN_COUNT) */
	int ascii;		/* bars of "#", for a charset without blocks */
};
void out_table(struct out *, const struct view *, struct record *const *rows,
    size_t n, const struct table_opts *);

/* A column as the table's fitting sees it. */
struct table_col {
	size_t nat;		/* natural width: its widest cell or its name */
	unsigned share;		/* its part of the width beside others, >= 1 */
	int whole;		/* kept whole while it can be (dates, numbers) */
};
/* The fitting of a column of a role (enum role, or -1) and COLUMN_*
 * flags: the title has the largest share, then the source, every other
 * column one share; dates and numbers are kept whole. */
void table_col_init(struct table_col *, size_t nat, int role, unsigned flags);
/* The table's column widths, gaps of two included, into w[]: natural
 * widths if they fit width (0: no limit); else each column keeps 10
 * columns (all of a date or number) and the rest goes by shares, no
 * column past its natural width; on a narrower terminal each column
 * keeps three, then one; narrower still, dates and numbers give way. */
void table_fit_cols(size_t *w, const struct table_col *, size_t ncols,
    size_t width);
/* The same for callers that know no roles (the pager): the widest column
 * gives way, the others are held to a modest width. */
void table_fit(size_t *w, const size_t *nat, size_t ncols, size_t width);
/* Appends the bar of count n when the largest is max, w columns long at
 * most: block elements in eighths of a column (ascii: "#" in whole
 * columns), rounded, never empty for a count above 0. Returns its width. */
struct buf;
size_t table_bar(struct buf *, uint64_t n, uint64_t max, size_t w,
    int ascii);

#endif
