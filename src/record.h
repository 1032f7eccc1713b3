/* The record model: a schema (column names) and records whose fields are
 * byte strings in schema order. A record is either a view into a reader's
 * buffer or an owned copy made by record_dup(), freed with free(). */
#ifndef CITEQ_RECORD_H
#define CITEQ_RECORD_H

#include <stddef.h>

struct field {
	const char *s;		/* NUL-terminated, but may hold NULs: use len */
	size_t len;
};

struct record {
	const char *file;	/* input name, for messages */
	unsigned long line;	/* line where the record starts */
	size_t n;
	struct field *f;
};

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

/* The columns of data/citations.csv, in order. */
enum col {
	COL_ID, COL_KIND, COL_AUTHOR, COL_TITLE, COL_SOURCE, COL_DATE, COL_LANG,
	COL_URL, COL_ACCESS_DATE, COL_ARCHIVE_URL, COL_ARCHIVE_DATE,
	COL_URL_STATUS, COL_FORMAT, COL_CITES, COL_NOTE, COL__COUNT
};
extern const char *const col_names[COL__COUNT];

struct record *record_dup(const struct record *);
struct record *record_make(size_t n, const char *const *values);

void schema_init(struct schema *);
void schema_free(struct schema *);
size_t schema_add(struct schema *, const char *name, size_t len);
/* Index of the first column called name, or -1. */
long schema_find(const struct schema *, const char *name);
void schema_set_flags(struct schema *, size_t col, unsigned flags);
/* The column's COLUMN_* flags; 0 for a column of a file. */
unsigned schema_flags(const struct schema *, size_t col);

/* A growable array of owned records. */
struct rowset {
	struct record **v;
	size_t n, cap;
};
void rowset_push(struct rowset *, struct record *);
void rowset_free(struct rowset *);

#endif
