/* The matcher: one text filter's needle (or pattern) and how it meets text,
 * for the command line's filters and the pager's searches alike.
 *
 * Needle and data are folded the same way (fold_search() in fold.h): case,
 * NFC, quotes, dashes, spaces, Arabic and Cyrillic letters; diacritics too
 * when the needle has none. MATCH_REGEX takes the needle as a PCRE2
 * pattern, MATCH_WORD wants whole words.
 *
 * Speed: most rows cannot match, and folding them would cost more than
 * reading them. matcher_record() answers from a record's raw bytes where
 * it can: a needle that folds to ASCII is looked for caselessly, sixteen
 * bytes at a time, and only a row with characters that may fold into
 * ASCII (accented Latin letters, typographic quotes, ...) is folded, with
 * a table of each character's fold, not libunistring; other needles the
 * same way through that table. libunistring folds only what the table
 * cannot (combining marks that may compose, invalid UTF-8).
 *
 * A matcher keeps scratch space and tables it fills as it goes: one
 * thread at a time. */
#ifndef CITEQ_MATCH_H
#define CITEQ_MATCH_H

#include <stddef.h>
#include <stdint.h>

#include "csvsplit.h"
#include "fold.h"
#include "record.h"

enum {
	MATCH_REGEX = 1,	/* the needle is a PCRE2 pattern */
	MATCH_WORD = 2		/* whole words only */
};

enum match_verdict {
	MATCH_NO,		/* certainly no match */
	MATCH_YES,		/* certainly a match */
	MATCH_MAYBE		/* the fields must say */
};

struct matcher;

/* A matcher for text[0, len) with MATCH_* flags; NULL with the reason in
 * err for a pattern PCRE2 refuses ("missing closing parenthesis at offset
 * 3", the offset in characters from 0). */
struct matcher *matcher_new(const char *text, size_t len, int flags,
    char *err, size_t errlen);
void matcher_free(struct matcher *);

/* Does the value s[0, n) hold a match? */
int matcher_value(struct matcher *, const char *s, size_t n);
/* Does any field of the record hold one? */
int matcher_row(struct matcher *, const struct record *);
/* The bytes read after a record, up to end: a search may look through
 * them at once, as grep does, and answer for the records that follow from
 * what it found, while id and fills stay the same (csvr_ahead()). NULL, or
 * end NULL: only the record's own bytes. */
struct match_ahead {
	const char *end;
	uint64_t id, fills;
};

/* What the bytes of a CSV record (quotes and delimiters as in the file:
 * ',', ';', or '\t' for TSV with escapes) say about its fields: MATCH_NO
 * when no field can hold a match, MATCH_YES when one certainly does, else
 * MATCH_MAYBE. For a search of every field, this is the whole answer
 * unless it is MATCH_MAYBE; for one field, a MATCH_YES only says that
 * some field matches. */
enum match_verdict matcher_record(struct matcher *, const char *raw,
    size_t n, char delim, const struct match_ahead *);
/* The same without folding the record, for a search of one field, which
 * is shorter to fold once split out: MATCH_MAYBE where matcher_record()
 * would fold. col is the field's column, where the record is one that
 * csvs_split() takes; then MATCH_YES says that column matches. Else
 * MATCHER_NO_COLUMN, and MATCH_YES says only that some field does. */
#define MATCHER_NO_COLUMN ((size_t)-1)
enum match_verdict matcher_record_quick(struct matcher *, const char *raw,
    size_t n, char delim, size_t col, const struct match_ahead *);

/* The widest instructions the scans of the bytes use, at most the best
 * the machine has (csvs_simd_best(), the default): for the tests. */
void matcher_simd(struct matcher *, enum csvs_simd);

/* The folded needle (for messages and tests), and whether diacritics are
 * ignored (it has none). */
const char *matcher_needle(const struct matcher *, size_t *len);
int matcher_loose(const struct matcher *);

/* The table's fold of s[0, n) into out (NUL-terminated), as fold_search()
 * would fold it, or -1 where the table cannot tell (then fold_search()).
 * For tests. */
long matcher_fastfold(struct matcher *, const char *s, size_t n,
    struct foldbuf *out);

#endif
