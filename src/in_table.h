/* The entries of a bibliography (BibTeX, CSL-JSON, RIS, ...) as a table:
 * a row of named fields per entry, written as CSV for the CSV reader, so
 * that every filter, sort, format and the pager read a .bib as they read a
 * .csv. Column names are citeq's roles ("author", "source", "date") where
 * a field has one, and the field's own name otherwise.
 *
 * Each record of the CSV starts on the line its entry starts on in the
 * bibliography (blank lines, which the CSV reader skips, fill the gaps),
 * so that a message about a row names the line of the entry. The header
 * is line 1: an entry there is told as line 2. */
#ifndef CITEQ_IN_TABLE_H
#define CITEQ_IN_TABLE_H

#include <stddef.h>

struct in_table;

struct in_table *in_table_new(void);
void in_table_free(struct in_table *);

/* Starts the row of an entry that begins on line (0 if not known). */
void in_table_row(struct in_table *, unsigned long line);
/* Sets a field of the current row: a value already there is replaced.
 * Line ends in the value become spaces. */
void in_table_set(struct in_table *, const char *name, const char *value,
    size_t len);
/* in_table_set() with a value that is malloc'd and NUL-terminated, taken
 * by the table (freed at once if empty). */
void in_table_put(struct in_table *, const char *name, char *value);
/* The value of a field of the current row, or NULL. */
const char *in_table_get(const struct in_table *, const char *name);
/* Drops the current row (an entry that could not be read). */
void in_table_drop(struct in_table *);
size_t in_table_rows(const struct in_table *);

/* The table as CSV: a header, then a record per row (malloc'd; *len
 * bytes). The table is emptied. */
char *in_table_csv(struct in_table *, size_t *len);

#endif
