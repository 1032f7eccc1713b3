#include "roles.h"

#include <string.h>

/* Aliases, normalised (lower case, "_" for spaces and "-"), most precise
 * first within each role. */
static const char *const aliases[ROLE__COUNT][8] = {
	[ROLE_ID] = { "id", "key", "eid", "index" },
	[ROLE_KIND] = { "kind" },
	[ROLE_AUTHOR] = { "author", "authors" },
	[ROLE_TITLE] = { "title" },
	/* Scopus's "Source" names the database, not the work. */
	[ROLE_SOURCE] = { "publication_title", "source_title", "source",
	    "work", "website", "newspaper", "journal", "magazine" },
	[ROLE_DATE] = { "date", "publication_date", "publication_year",
	    "year" },
	[ROLE_LANG] = { "lang", "language", "language_of_original_document" },
	[ROLE_URL] = { "url", "link" },
	[ROLE_ACCESS_DATE] = { "access_date", "accessdate" },
	[ROLE_ARCHIVE_URL] = { "archive_url", "archiveurl" },
	[ROLE_ARCHIVE_DATE] = { "archive_date", "archivedate" },
	[ROLE_URL_STATUS] = { "url_status" },
	[ROLE_FORMAT] = { "format" },
	[ROLE_CITES] = { "cites" },
	[ROLE_NOTE] = { "note", "notes" },
	/* Zotero's "Type" is a detail ("Thesis type"), "Item Type" the kind. */
	[ROLE_TYPE] = { "item_type", "document_type", "type" },
	[ROLE_PUBLISHER] = { "publisher" },
	[ROLE_DOI] = { "doi" },
	[ROLE_ISBN] = { "isbn" },
	[ROLE_ISSN] = { "issn" },
	[ROLE_VOLUME] = { "volume" },
	[ROLE_ISSUE] = { "issue", "number" },
	[ROLE_PAGES] = { "pages", "page", "page_range" },
	/* Scopus: the pages as two columns, joined by cite_pages(). */
	[ROLE_PAGE_START] = { "page_start" },
	[ROLE_PAGE_END] = { "page_end" },
	[ROLE_EDITOR] = { "editor", "editors" },
	[ROLE_PLACE] = { "place", "location", "publication_place" },
	[ROLE_ABSTRACT] = { "abstract", "abstract_note" },
	/* Every column of keywords counts: see cite_keywords(). */
	[ROLE_KEYWORDS] = { "keywords", "author_keywords", "manual_tags",
	    "index_keywords", "automatic_tags", "tags" },
	[ROLE_SERIES] = { "series", "series_title" },
	[ROLE_EDITION] = { "edition" },
	[ROLE_PMID] = { "pmid", "pubmed_id" },
};

static const char *const names[ROLE__COUNT] = {
	"id", "kind", "author", "title", "source", "date", "lang", "url",
	"access_date", "archive_url", "archive_date", "url_status", "format",
	"cites", "note", "type", "publisher", "doi", "isbn", "issn", "volume",
	"issue", "pages", "page_start", "page_end", "editor", "place",
	"abstract", "keywords", "series", "edition", "pmid",
};

const char *
role_name(enum role r)
{
	return names[r];
}

/* The role and rank of a column name, or -1. */
static int
lookup(const char *name, size_t len, int *rank)
{
	char norm[64];
	int r, k;

	schema_normalise(name, len, norm);
	for (r = 0; r < ROLE__COUNT; r++)
		for (k = 0; k < 8 && aliases[r][k] != NULL; k++)
			if (strcmp(norm, aliases[r][k]) == 0) {
				*rank = k;
				return r;
			}
	return -1;
}

int
role_is_named(int r, const char *name)
{
	char norm[64];

	schema_normalise(name, strlen(name), norm);
	return r >= 0 && r < ROLE__COUNT && strcmp(norm, names[r]) == 0;
}

int
role_of_name(const char *name, size_t len)
{
	int rank;

	return lookup(name, len, &rank);
}

void
roles_bind(struct roles *rs, const struct schema *s)
{
	int rank[ROLE__COUNT][ROLE_MAXCOLS];
	size_t c;
	int r, k, j, rk;

	for (r = 0; r < ROLE__COUNT; r++)
		for (k = 0; k < ROLE_MAXCOLS; k++)
			rs->col[r][k] = -1;
	for (c = 0; c < s->n; c++) {
		if ((r = lookup(s->names[c], strlen(s->names[c]), &rk)) < 0)
			continue;
		/* Insert by rank; a repeated name keeps its first column. */
		for (k = 0; k < ROLE_MAXCOLS && rs->col[r][k] >= 0 &&
		    rank[r][k] <= rk; k++)
			if (rank[r][k] == rk)
				goto next;
		if (k == ROLE_MAXCOLS)
			continue;
		for (j = ROLE_MAXCOLS - 1; j > k; j--) {
			rs->col[r][j] = rs->col[r][j - 1];
			rank[r][j] = rank[r][j - 1];
		}
		rs->col[r][k] = (long)c;
		rank[r][k] = rk;
next:		;
	}
}

int
roles_has(const struct roles *rs, enum role r)
{
	return rs->col[r][0] >= 0;
}

static const struct field empty_field = { "", 0 };

const struct field *
role_value(const struct roles *rs, const struct record *rec, enum role r)
{
	int k;

	for (k = 0; k < ROLE_MAXCOLS && rs->col[r][k] >= 0; k++) {
		long c = rs->col[r][k];

		if ((size_t)c < rec->n && rec->f[c].len > 0)
			return &rec->f[c];
	}
	return &empty_field;
}

int
roles_column_is_date(const struct schema *s, size_t col)
{
	int r = role_of_name(s->names[col], strlen(s->names[col]));

	return r == ROLE_DATE || r == ROLE_ACCESS_DATE ||
	    r == ROLE_ARCHIVE_DATE;
}

int
role_is_list(int role)
{
	return role == ROLE_AUTHOR || role == ROLE_EDITOR ||
	    role == ROLE_KEYWORDS;
}

int
roles_column_is_list(const struct schema *s, size_t col)
{
	return role_is_list(role_of_name(s->names[col],
	    strlen(s->names[col])));
}
