/* Filters: options compiled into predicates over records. Every filter
 * given must hold (with --any, one is enough; -v turns the answer
 * round); the values of one option are alternatives. A value that starts
 * with '!' is a filter of its own that must not hold ("\!" for a
 * leading '!'). Text filters match through match.h. */
#ifndef CITEQ_FILTER_H
#define CITEQ_FILTER_H

#include <stddef.h>

#include "diag.h"
#include "match.h"
#include "record.h"

enum date_field { DATE_PUBLISHED, DATE_RETRIEVED, DATE_ARCHIVED };
enum text_field { TEXT_SOURCE, TEXT_AUTHOR, TEXT_TITLE, TEXT_KEYWORDS,
	TEXT_ANY, TEXT__COUNT };
enum link_status { LINK_ANY, LINK_DEAD, LINK_LIVE };

struct filter;

struct filter *filter_new(void);
void filter_free(struct filter *);

/* Each adder takes an option's value; on a bad value it returns -1 and
 * writes why into err. */
int filter_add_lang(struct filter *, const char *list, char *err, size_t);
int filter_add_text(struct filter *, enum text_field, const char *text);
/* MATCH_REGEX and MATCH_WORD (match.h), for every text filter. */
void filter_set_text_flags(struct filter *, int flags);
void filter_set_any(struct filter *);		/* --any */
void filter_set_invert(struct filter *);	/* -v */
/* The widest instructions the text matchers may use (matcher_simd()). */
void filter_simd(struct filter *, enum csvs_simd);
/* Compiles the text filters once every option is in: 0, or -1 with the
 * message ("--title: bad regular expression ...") in err. filter_bind()
 * does it too, for a filter made without options. */
int filter_compile(struct filter *, char *err, size_t errlen);
int filter_add_date(struct filter *, const char *spec, char *err, size_t);
int filter_set_since(struct filter *, const char *date, char *err, size_t);
int filter_set_until(struct filter *, const char *date, char *err, size_t);
void filter_set_undated(struct filter *);
int filter_add_ids(struct filter *, const char *list, char *err, size_t);
int filter_add_kinds(struct filter *, const char *list, char *err, size_t);
/* --doi: DOIs in any case, with or without a resolver (https://doi.org/,
 * doi:), compared as DOIs are: without it, ignoring case. */
int filter_add_dois(struct filter *, const char *list, char *err, size_t);
void filter_set_link(struct filter *, enum link_status);
void filter_set_date_field(struct filter *, enum date_field);

/* The column a date field is stored in. */
const char *date_field_column(enum date_field);

/* Column names the filter reads (each once), for checking a file's header:
 * returns how many, at most COL__COUNT, into names[]. */
size_t filter_columns(const struct filter *, const char **names);
/* The option that needs a column, for messages ("--lang"). */
const char *filter_option_for(const struct filter *, const char *column);

/* Looks up the columns in the schema; call before filter_match(). */
void filter_bind(struct filter *, const struct schema *);
/* Marks need[c] for each schema column (of n) the bound filter reads.
 * Returns 1 when it reads every column (a text search of any field). */
int filter_needs(const struct filter *, unsigned char *need, size_t n);
/* 1 if the record passes. A stored date that is not one is reported to
 * diag and does not match. */
int filter_match(struct filter *, const struct record *, struct diag_sink *);

/* The input a record comes from, for filter_prefilter(): which schema
 * column each column of its header is (map[0, n)), given where the record
 * is one that csvs_split() takes, so that its columns are known from its
 * bytes; else map is NULL. And the bytes read after it (ahead.end NULL:
 * not known). */
struct filter_input {
	const size_t *map;
	size_t n;
	struct match_ahead ahead;
};

/* The fast path: what a record's bytes (quotes and delimiters as in the
 * file, delim among them) tell before it is split. 0 when the row
 * certainly does not pass, 2 when it certainly does; else 1, and
 * filter_match_prefiltered() on that row next uses what they told. */
int filter_prefilter(struct filter *, const char *raw, size_t n, char delim,
    const struct filter_input *);
int filter_match_prefiltered(struct filter *, const struct record *,
    struct diag_sink *);

#endif
