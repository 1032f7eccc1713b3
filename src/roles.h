/* Roles: what a column means, whatever the file calls it. citeq's own
 * header names the roles; Zotero's and Scopus's CSV exports and Citation
 * Style 1 parameter names are aliases (compared without regard to case,
 * spaces, "-" or "_"). Where a file has several columns for one role, the
 * more precise comes first (Zotero's Date before Publication Year) and a
 * row's value is the first that is not empty. */
#ifndef CITEQ_ROLES_H
#define CITEQ_ROLES_H

#include <stddef.h>

#include "record.h"

enum role {
	ROLE_ID, ROLE_KIND, ROLE_AUTHOR, ROLE_TITLE, ROLE_SOURCE, ROLE_DATE,
	ROLE_LANG, ROLE_URL, ROLE_ACCESS_DATE, ROLE_ARCHIVE_URL,
	ROLE_ARCHIVE_DATE, ROLE_URL_STATUS, ROLE_FORMAT, ROLE_CITES, ROLE_NOTE,
	ROLE_TYPE, ROLE_PUBLISHER, ROLE_DOI, ROLE_ISBN, ROLE_ISSN,
	ROLE_VOLUME, ROLE_ISSUE, ROLE_PAGES, ROLE_PAGE_START, ROLE_PAGE_END,
	ROLE_EDITOR, ROLE_PLACE, ROLE_ABSTRACT, ROLE_KEYWORDS, ROLE_SERIES,
	ROLE_EDITION, ROLE_PMID, ROLE__COUNT
};

#define ROLE_MAXCOLS	4

/* The columns of a schema that serve each role, most precise first. */
struct roles {
	long col[ROLE__COUNT][ROLE_MAXCOLS];	/* -1 past the last */
};

const char *role_name(enum role);
/* The role a column name stands for, or -1. */
int role_of_name(const char *name, size_t len);
/* Is name (in any case or spelling) the role's own name ("source"), not
 * another tool's ("Source title")? */
int role_is_named(int role, const char *name);

void roles_bind(struct roles *, const struct schema *);
int roles_has(const struct roles *, enum role);
/* A row's value for a role: the first non-empty column that serves it. */
const struct field *role_value(const struct roles *, const struct record *,
    enum role);

/* Does this column hold dates (it serves date, access_date or
 * archive_date)? */
int roles_column_is_date(const struct schema *, size_t col);
/* Does the role hold a list of items separated by ";" (authors, as
 * "Last, First; Last2, First2")? */
int role_is_list(int role);
/* Does this column hold such lists (it serves a list role)? */
int roles_column_is_list(const struct schema *, size_t col);

#endif
