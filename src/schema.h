/* A schema: the column names of the inputs, in order, and the ways an
 * option's name finds one of them. */
#ifndef CITEQ_SCHEMA_H
#define CITEQ_SCHEMA_H

#include <stddef.h>

struct schema {
	size_t n, cap;
	char **names;
	unsigned char *flags;	/* per column, COLUMN_*; NULL: all plain */
};

/* What a column holds, where it is not plain text from a file: set by
 * whoever makes the schema (the frequency table), read by formatters. */
enum column_flag {
	COLUMN_NUMBER = 1,	/* whole numbers: JSON writes them unquoted */
	COLUMN_COUNT = 2,	/* counts of rows: the table can draw bars */
	COLUMN_EMPTY_VALUE = 4	/* empty is a value of its own ("(empty)") */
};

void schema_init(struct schema *);
void schema_free(struct schema *);
size_t schema_add(struct schema *, const char *name, size_t len);
/* Index of the first column called name, or -1. */
long schema_find(const struct schema *, const char *name);
void schema_set_flags(struct schema *, size_t col, unsigned flags);
/* The column's COLUMN_* flags; 0 for a column of a file. */
unsigned schema_flags(const struct schema *, size_t col);
/* The same with the name in any case or spelling: compared without regard
 * to case, spaces, "-" or "_". */
long schema_find_loose(const struct schema *, const char *name);
/* A column named by an option: its exact name; else, for a role's own
 * name, the role's first column (-F date finds Zotero's Date, -G source
 * Scopus's Source title); else the same name in another case or spelling;
 * else another tool's name for a role. -1 if none. */
long schema_resolve(const struct schema *, const char *name);

/* A name lower-cased, with spaces and "-" as "_", cut at 63 bytes, into
 * out (64 bytes): the form names are compared in. */
void schema_normalise(const char *s, size_t n, char *out);

#endif
