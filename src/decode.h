/* Decoding: the headers of several inputs mapped into one schema (the first
 * input's columns, then new ones of the others), and each record's bytes
 * turned into a row in schema order. The fast path splits well-formed
 * records itself (csvsplit.h); libcsv reads whatever it does not take, and
 * everything when the fast path is off (CITEQ_PLAIN). */
#ifndef CITEQ_DECODE_H
#define CITEQ_DECODE_H

#include <stddef.h>

#include "csvread.h"
#include "diag.h"
#include "record.h"

/* Where a row is: which input, and where in it. */
struct rowref {
	size_t input;
	struct csvr_span span;
};

struct decoder;

struct decoder *decoder_new(size_t ninputs);
/* Frees the decoder and closes its readers. */
void decoder_free(struct decoder *);
/* Input i reads through reader (which the decoder takes), under header h:
 * its columns join the schema. Call for each open input, then
 * decoder_ready(). */
void decoder_add(struct decoder *, size_t i, struct csvr *reader,
    const struct record *h);
void decoder_ready(struct decoder *);

size_t decoder_ninputs(const struct decoder *);
/* Input i's reader, or NULL when it is not open. */
struct csvr *decoder_reader(const struct decoder *, size_t i);
const struct schema *decoder_schema(const struct decoder *);

/* Where column col of a row is empty, it takes the value of the first of
 * from[0, n) that is not: a role's first column falls back on its others
 * (Zotero's Date on Publication Year; with several files, one file's id
 * column on another's). Applies to every row the decoder makes. */
void decoder_fallback(struct decoder *, size_t col, const long *from,
    size_t n);
/* The columns col falls back on, into from (room for n); how many. */
size_t decoder_fallbacks(const struct decoder *, size_t col, long *from,
    size_t n);
/* Fills in a row's empty columns from those they fall back on. */
void decoder_fill(const struct decoder *, struct record *row);

/* Turns the fast path off: libcsv parses every row. */
void decoder_plain(struct decoder *);
int decoder_fast(const struct decoder *);
/* The widest instructions the fast path's splits may use (CITEQ_SIMD). */
void decoder_simd(struct decoder *, enum csvs_simd);
/* The schema columns the fast path splits out first (need[c] set), or all
 * of them. */
void decoder_want(struct decoder *, const unsigned char *need, int all);

/* ---- the record an input's reader returned last (csvr_next_bytes) ----
 * The fast path: its bytes b[0, len) into row, with only the wanted
 * columns filled in, the others empty; 0, or -1 when the splitter does not
 * take the record (decoder_parse_last() then reads it). row is valid until
 * the next call. */
int decoder_split_wanted(struct decoder *, size_t i, const char *b,
    size_t len, struct record *row);
/* Whether the fast path takes the record b[0, len), the one input i's
 * reader gave last, without splitting out a value: 0, or -1 as
 * decoder_split_wanted(). */
int decoder_check(struct decoder *, size_t i, const char *b, size_t len);
/* Input i's header columns as schema columns (map[j] for column j), and
 * how many there are. */
const size_t *decoder_map(const struct decoder *, size_t i, size_t *n);
/* Fills in the other columns of the row decoder_split_wanted() made. */
void decoder_split_rest(struct decoder *, size_t i, const char *b,
    size_t len);
/* The plain path: libcsv parses it into row. 0; -1 to skip the row
 * (reported); -2 when the input is malformed there and reading stops. */
int decoder_parse_last(struct decoder *, size_t i, struct record *row,
    struct diag_sink *);

/* ---- a row again, from a copy of its bytes or from its input ----
 * A splitter holds the memory one thread splits rows with. */
struct splitter;
struct splitter *splitter_new(const struct decoder *);
void splitter_free(struct splitter *);
/* From now on sp splits out only these schema columns (and those they
 * fall back on); the others are empty. */
void splitter_want(struct splitter *sp, const struct decoder *,
    const size_t *cols, size_t n);
/* The fast path alone, safe on another thread (the decoder is only read):
 * the row at ref from bytes, valid until sp's next use. fields is how many
 * fields the reader's shape of the record gave when it was read
 * (csvr_last_fields(), then only the wanted fields are looked at), or -2
 * when not known. 0, or -1 when the fast path does not take it (or is
 * off): decoder_parse() then reads it on the decoder's thread. */
int decoder_split(const struct decoder *, struct splitter *sp,
    const struct rowref *, const char *bytes, long fields,
    struct record *row);
/* Any row from a copy of its bytes (valid until the next parse or fetch).
 * 0, or -1 reported. */
int decoder_parse(struct decoder *, const struct rowref *, const char *bytes,
    struct record *row, struct diag_sink *);
/* A row read again from its input (valid until the next parse or fetch).
 * 0, or -1 reported. */
int decoder_fetch(struct decoder *, const struct rowref *,
    struct record *row, struct diag_sink *);

#endif
