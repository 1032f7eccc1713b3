/* libFuzzer: CSV reading, and reading each record again by its span; and
 * the fast path's splitter against the reader: a record that csvs_split()
 * (or tsvs_split() for TAB) accepts must be one the reader (libcsv, or its
 * TSV parser) accepts, with the same fields. The delimiter is chosen by
 * the input's size, so that the input's bytes are all data (and the inputs
 * in regress/ keep their meaning): found from the header as citeq does
 * by default, or a comma, a ';' or a TAB as --delimiter forces. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csvread.h"
#include "csvsplit.h"

#define MAXF	256

static long
split(const char *b, size_t len, char delim, struct csvs_cell *cells,
    size_t keep)
{
	if (delim == '\t')
		return tsvs_split(b, len, cells, MAXF, keep);
	return csvs_split(b, len, delim, cells, MAXF, keep);
}

/* The ways of finding records (a byte, sixteen or thirty-two at a time,
 * as far as the machine goes) find the same ends, state and shapes
 * through the whole input. */
static void
paths_agree(const char *s, size_t size, char delim)
{
	size_t at[3], end[3];
	unsigned long nl[3];
	struct csvs_shape sh[3];
	int inq[3], k;

	for (k = 0; k < 3; k++)
		at[k] = 0;
	while (at[0] < size) {
		for (k = 0; k < 3; k++) {
			inq[k] = 0;
			nl[k] = 0;
			csvs_shape_start(&sh[k]);
			end[k] = csvs_line_end((enum csvs_simd)k, s, at[k],
			    size, delim, &inq[k], &nl[k], &sh[k]);
			if (k > 0 && (end[k] != end[0] || inq[k] != inq[0] ||
			    nl[k] != nl[0] || csvs_shape_fields(&sh[k],
			    inq[k]) != csvs_shape_fields(&sh[0], inq[0])))
				__builtin_trap();
			at[k] = end[k] + 1;
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvr *r = csvr_open_mem(data, size, "fuzz");
	struct csvr_span spans[64];
	struct csvs_cell cells[MAXF];
	struct record row;
	const char *b;
	size_t n = 0, i, len;
	long nsplit;
	char *val, delim;
	static const char delims[] = { 0, ',', ';', '\t' };

	csvr_set_delim(r, delims[size % 4]);
	while (csvr_next_bytes(r, &b, &len) == CSVR_ROW) {
		delim = csvr_delim(r);
		nsplit = split(b, len, delim, cells, MAXF);
		/* Keeping fewer fields counts the others the same way. */
		for (i = 0; i < 4; i++) {
			struct csvs_cell few[4];

			if (split(b, len, delim, few, i) != nsplit ||
			    (nsplit > 0 && i > 0 && (few[0].off != cells[0].off ||
			    few[0].len != cells[0].len)))
				__builtin_trap();
		}
		/* Splitting only the head gives the same first cells, on
		 * every path. */
		for (i = 1; delim != '\t' && nsplit >= 0 && i <= 4 &&
		    i <= (size_t)nsplit; i++) {
			struct csvs_cell few[4];
			size_t k;
			int p;

			for (p = CSVS_SIMD_PLAIN; p <= CSVS_SIMD_AVX2; p++) {
				csvs_split_head((enum csvs_simd)p, b, len, delim,
				    few, i);
				for (k = 0; k < i; k++)
					if (few[k].off != cells[k].off ||
					    few[k].len != cells[k].len ||
					    few[k].quoted != cells[k].quoted ||
					    few[k].doubled != cells[k].doubled)
						__builtin_trap();
			}
		}
		/* The shape the scan learnt is the splitter's (whose
		 * bound, MAXF, only the splitter has). */
		if (delim != '\t' && csvr_last_fields(r) != nsplit &&
		    !(nsplit < 0 && csvr_last_fields(r) > MAXF))
			__builtin_trap();
		if (csvr_parse(r, &row) != CSVR_ROW) {
			if (nsplit >= 0)
				__builtin_trap();  /* split took what libcsv won't */
			break;
		}
		for (i = 0; i < row.n; i++)
			if (row.f[i].s[row.f[i].len] != '\0')
				__builtin_trap();	/* fields end in NUL */
		if (nsplit >= 0 && row.n <= MAXF && (size_t)nsplit != row.n)
			__builtin_trap();	/* not the same fields */
		for (i = 0; nsplit >= 0 && i < (size_t)nsplit; i++) {
			val = malloc(cells[i].len + 1);
			if (csvs_cell_value(b, &cells[i], val) != row.f[i].len ||
			    memcmp(val, row.f[i].s, row.f[i].len) != 0)
				__builtin_trap();	/* not the same value */
			free(val);
		}
		if (n < 64)
			spans[n++] = csvr_last(r);
	}
	for (i = 0; i < n; i++)
		if (csvr_fetch(r, &spans[i], &row) != 0)
			__builtin_trap();	/* a record read once reads again */
	csvr_close(r);
	paths_agree((const char *)data, size, delims[size % 4] ?
	    delims[size % 4] : ',');
	return 0;
}
