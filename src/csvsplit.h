/* The fast path of CSV reading: splits the bytes of one record into fields
 * without libcsv's byte-at-a-time callbacks. It accepts only records that
 * are plainly well formed (RFC 4180: a quote opens a field and is doubled
 * inside it; a closing quote ends the field) and leaves everything else to
 * libcsv, whose messages about malformed input stay the ones users see.
 * Accepted records split exactly as libcsv (strict mode, spaces kept)
 * splits them: tests/diff checks that over every query on every test file
 * and hostile generated ones, and tests/fuzz/fuzz_csv on any input. */
#ifndef CITEQ_CSVSPLIT_H
#define CITEQ_CSVSPLIT_H

#include <stddef.h>

/* A field as it stands in the record: its bytes, quotes included. */
struct csvs_cell {
	size_t off, len;
	int quoted;		/* enclosed in quotes */
	int doubled;		/* holds a doubled quote */
	int esc;		/* TSV: holds a backslash (an escape) */
};

/* Splits s[0, len), one record without its line end, into at most max
 * fields, of which the first keep (at most max) are put in cells; the
 * rest are only checked and counted. Returns the number of fields, or -1
 * when the record is not plainly well formed or has more than max. */
long csvs_split(const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t max, size_t keep);

/* What csvs_line_end() learns of a record's shape while it looks for its
 * end: the fields csvs_split() would give it, without splitting. */
struct csvs_shape {
	size_t delims;		/* delimiters outside quotes */
	int bad;		/* a quote where csvs_split() takes none */
	int before;		/* the last byte passed: a delimiter or quote
				 * (or none was passed) */
	int close_last;		/* it closed quotes */
};

/* Before a record's first byte. */
void csvs_shape_start(struct csvs_shape *);
/* The number of fields csvs_split() gives the record passed (with inq
 * as csvs_line_end() left it), or -1 where it gives -1 for any max. */
long csvs_shape_fields(const struct csvs_shape *, int inq);

/* The AVX2 paths: built where the compiler can make code for them alone
 * (GCC and clang on x86), taken at run time where the machine has AVX2. */
#if (defined(__x86_64__) || defined(__i386__)) && defined(__GNUC__)
#define CSVS_AVX2 1
#else
#define CSVS_AVX2 0
#endif

/* How the scans of the bytes go: a byte at a time, SSE2 (sixteen) or
 * AVX2 (thirty-two). csvs_simd_best() is the best the machine has; AVX2
 * asked of a machine without it goes as SSE2, SSE2 asked of a build
 * without it a byte at a time. */
enum csvs_simd { CSVS_SIMD_PLAIN, CSVS_SIMD_SSE2, CSVS_SIMD_AVX2 };
enum csvs_simd csvs_simd_best(void);

/* The first line break (LF or CR) outside quotes in s[i, end), where
 * s[i] is inside quotes when *inq is set: its index, or end. *inq is then
 * the state there (0 at a line break), *nl has grown by the line breaks
 * inside quotes passed (a CR LF counts once), and *sh by the bytes
 * passed, with delim the delimiter. Any quote opens or closes quotes.
 * Calls may go on where the last one ended, but not between the CR and
 * the LF of a CR LF. Every path gives the same. */
size_t csvs_line_end(enum csvs_simd, const char *s, size_t i, size_t end,
    char delim, int *inq, unsigned long *nl, struct csvs_shape *sh);
/* The same for TAB-separated text as citeq writes it (tsv_field() in
 * out_tsv.c): a field runs to the next tab, and \t, \n, \r and \\ in it
 * stand for a tab, a line feed, a carriage return and a backslash; a field
 * that starts with a quote is quoted as in CSV (as spreadsheets write
 * tab-separated text), its bytes taken as they are. -1 for a quoted field
 * not closed or with text after it. */
long tsvs_split(const char *s, size_t len, struct csvs_cell *cells,
    size_t max, size_t keep);
/* The first keep fields of a record that csvs_split() takes with keep
 * fields or more, into cells, 64 bytes at a time with the instructions
 * simd names (or the widest the machine has below them); the rest is not
 * looked at. */
void csvs_split_head(enum csvs_simd, const char *s, size_t len, char delim,
    struct csvs_cell *cells, size_t keep);

/* Writes a cell's value (quotes taken off, doubled quotes and TSV escapes
 * undone) to dst, which has room for cell->len + 1 bytes, and a NUL after
 * it. Returns the value's length. */
size_t csvs_cell_value(const char *s, const struct csvs_cell *, char *dst);

/* The first index in [i, end) whose byte is a, b, c or d, or end; sixteen
 * bytes at a time where the machine can. */
size_t csvs_find(const char *s, size_t i, size_t end, unsigned char a,
    unsigned char b, unsigned char c, unsigned char d);

/* Where a walk through a record csvs_split() takes has got to: the
 * byte, the column it is in (from 0) and whether it is inside quotes.
 * Start with all three 0. */
struct csvs_walk {
	size_t at;
	size_t col;
	int inq;
};
/* Walks on to byte to (not before w->at) of the record s. */
void csvs_walk_to(const char *s, struct csvs_walk *w, size_t to, char delim);

/* The delimiter of text that starts with s[0, n) (a header and perhaps
 * some records): of ',', TAB and ';', the one outside quotes that splits
 * the header into the most fields, the same number in the records that
 * follow rather than not; ',' when none does. */
char csvs_sniff(const char *s, size_t n);

#endif
