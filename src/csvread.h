/* CSV reading: bytes in, records out, each with the line it starts on and
 * its place in the input, so that a record can be read again later
 * (csvr_fetch) without keeping it in memory.
 *
 * Record boundaries are found by a quote-aware scan of the input; libcsv
 * (in strict mode, spaces kept) then parses each record's bytes into fields.
 * A UTF-8 byte-order mark at the start is skipped. LF, CRLF and CR all end
 * a line; blank lines are skipped.
 *
 * The delimiter is a comma, a semicolon or a tab: set, or found from the
 * start of the input (csvs_sniff). Tab-separated text is read as citeq
 * writes it, with escapes, and a field that starts with a quote quoted as
 * in CSV (tsvs_split in csvsplit.h); libcsv reads the others. */
#ifndef CITEQ_CSVREAD_H
#define CITEQ_CSVREAD_H

#include <stddef.h>
#include <stdint.h>

#include "csvsplit.h"
#include "record.h"

struct csvr;

enum csvr_status {
	CSVR_ROW,		/* *row holds the next record */
	CSVR_EOF,		/* no more records */
	CSVR_ERROR,		/* malformed input or a read error: see csvr_error() */
	CSVR_AGAIN		/* after csvr_nowait(): no record yet, the input
				 * has nothing to read now; ask again later */
};

/* Where a record is: its bytes, and the line it starts on. */
struct csvr_span {
	uint64_t offset;
	size_t len;
	unsigned long line;
};

/* Reads from fd (closed by csvr_close() when close_fd is set). */
struct csvr *csvr_open_fd(int fd, const char *name, int close_fd);
/* Reads from memory that outlives the reader. */
struct csvr *csvr_open_mem(const void *buf, size_t len, const char *name);
/* The same with memory that the reader frees (malloc'd). */
struct csvr *csvr_open_mem_own(void *buf, size_t len, const char *name);
void csvr_close(struct csvr *);

/* The delimiter: ',', ';' or '\t', or 0 to find it from the first
 * records when they are read (the default). Call before the first read. */
void csvr_set_delim(struct csvr *, char delim);
/* The delimiter in use: known once the first record is read (',' before
 * that when it is to be found). */
char csvr_delim(const struct csvr *);

/* The first bytes of an fd reader's input, already read from it (to tell
 * its format): given back before what read() returns. Call after
 * csvr_keep() and before the first csvr_next(). Returns 0, or -1. */
int csvr_prime(struct csvr *, const void *bytes, size_t len);

/* Keeps what is read from a pipe in an unlinked temporary file, so that
 * csvr_fetch() works on any input. Call before the first csvr_next().
 * Returns 0, or -1 with errno set. */
int csvr_keep(struct csvr *);

/* From now on, where the input is a pipe (or a terminal) with nothing to
 * read at the moment, csvr_next_bytes() returns CSVR_AGAIN instead of
 * waiting for it (the pager, which reads keys meanwhile). */
void csvr_nowait(struct csvr *);
/* The widest instructions its scan may use (csvs_line_end()); by
 * default the best the machine has. */
void csvr_simd(struct csvr *, enum csvs_simd);

/* The fields of *row stay valid until the next call. After CSVR_ERROR the
 * reader returns CSVR_EOF. */
enum csvr_status csvr_next(struct csvr *, struct record *row);
/* The next record's bytes, without its line end and not yet parsed
 * (valid until the next call): the fast path looks at them first. */
enum csvr_status csvr_next_bytes(struct csvr *, const char **bytes,
    size_t *len);
/* The end of the bytes read so far, which follow the record that
 * csvr_next_bytes() returned last: they stay as they are, at the same
 * place, until *id or *fills changes. */
const char *csvr_ahead(const struct csvr *, uint64_t *id, uint64_t *fills);
/* The number of fields csvs_split() gives the record csvr_next_bytes()
 * returned last, learnt while finding it; -1 if csvs_split() takes none
 * of it; -2 for tab-separated text (not told). */
long csvr_last_fields(const struct csvr *);
/* Parses the record csvr_next_bytes() returned last with libcsv. CSVR_ROW,
 * or CSVR_ERROR for a malformed record (the reader then stops). */
enum csvr_status csvr_parse(struct csvr *, struct record *row);
/* The span of the record csvr_next() returned last. */
struct csvr_span csvr_last(const struct csvr *);
/* Reads the record at span again (fields valid until the next fetch).
 * Returns 0, or -1 with the reason in csvr_error(). */
int csvr_fetch(struct csvr *, const struct csvr_span *, struct record *row);

/* The bytes of the record at span, unparsed (valid until the next fetch).
 * Returns 0, or -1 with the reason in csvr_error(). */
int csvr_fetch_bytes(struct csvr *, const struct csvr_span *,
    const char **bytes);
/* The same from a copy of the record's bytes (sp->len of them). */
int csvr_parse_bytes(struct csvr *, const char *bytes,
    const struct csvr_span *sp, struct record *row);

const char *csvr_name(const struct csvr *);
/* The size of the input in bytes when it is known (a file or memory), or
 * 0 (a pipe). */
uint64_t csvr_size(const struct csvr *);
/* What went wrong and on which line, after CSVR_ERROR. */
const char *csvr_error(const struct csvr *);
unsigned long csvr_error_line(const struct csvr *);

#endif
