/* The record model: records whose fields are byte strings in the order of a
 * schema (schema.h). A record is either a view into a reader's buffer or an
 * owned copy made by record_dup(), freed with free(). */
#ifndef CITEQ_RECORD_H
#define CITEQ_RECORD_H

#include <stddef.h>

#include "schema.h"

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

/* The columns of data/citations.csv, in order. */
enum col {
	COL_ID, COL_KIND, COL_AUTHOR, COL_TITLE, COL_SOURCE, COL_DATE, COL_LANG,
	COL_URL, COL_ACCESS_DATE, COL_ARCHIVE_URL, COL_ARCHIVE_DATE,
	COL_URL_STATUS, COL_FORMAT, COL_CITES, COL_NOTE, COL__COUNT
};
extern const char *const col_names[COL__COUNT];

struct record *record_dup(const struct record *);
struct record *record_make(size_t n, const char *const *values);

/* A growable array of owned records. */
struct rowset {
	struct record **v;
	size_t n, cap;
};
void rowset_push(struct rowset *, struct record *);
void rowset_free(struct rowset *);

#endif
