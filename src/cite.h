/* What the bibliographic formats (BibTeX, CSL-JSON, RIS) share: which rows
 * are references, what kind of work each is, its authors and its dates. */
#ifndef CITEQ_CITE_H
#define CITEQ_CITE_H

#include <stddef.h>

#include "date.h"
#include "record.h"
#include "roles.h"

enum work {
	WORK_NEWS,		/* a newspaper or news site's article */
	WORK_JOURNAL,		/* a journal article */
	WORK_MAGAZINE,
	WORK_WEB,		/* a web page */
	WORK_BOOK,
	WORK_CHAPTER,
	WORK_CONFERENCE,
	WORK_OTHER
};

/* Is the row a reference (not a fact, not empty)? */
int cite_is_reference(const struct roles *, const struct record *);

/* The kind of work: from the type column (Zotero's Item Type, Scopus's
 * Document Type) where there is one; else a journal article when the
 * source's name says so (Journal, Review, Annals, ...), a news article when
 * it names a periodical ("The Diplomat", "The Guardian", "Der Spiegel", a
 * name with Times, News, Press, ...), a book when there is an ISBN but no
 * source, a chapter of the book the source names when there is an ISBN,
 * and a web page otherwise. */
enum work cite_work(const struct roles *, const struct record *);

/* One author: family and given names and a suffix ("Jr"), or a literal
 * name (given NULL). */
struct person {
	char *family;
	char *given;
	char *suffix;		/* NULL if none */
};

/* Splits "Family, Given; Family, Given" (citeq, Zotero), "Family, Jr,
 * Given" or "Family I.; Family I." (Scopus) into people; a name with more
 * commas than that is a literal. Free with cite_people_free(). */
size_t cite_people(const struct field *, struct person **);
void cite_people_free(struct person *, size_t);
/* Is s[0, n) a name's suffix: Jr, Sr, II, III, IV (with or without a
 * period)? */
int cite_is_suffix(const char *s, size_t n);

/* A date field as an interval with the precision it was written with:
 * parts is 1 (year), 2 (year and month) or 3 (full date) for each end.
 * Returns 0, or -1 when empty or not a date. */
struct cite_date {
	int y[2], m[2], d[2];
	int parts[2];
	int range;		/* the two ends differ */
};
int cite_date(const struct field *, struct cite_date *);
/* The date as ISO 8601: "2015-05", "2017-07-10/2017-07-13". */
void cite_date_iso(const struct cite_date *, char *buf, size_t len);

/* The note on archives and dead links: "Archived at URL on 2019-05-11.
 * Dead link"; empty when there is nothing to say. */
void cite_archive_note(const struct roles *, const struct record *,
    char *buf, size_t len);

/* A DOI as biblatex, CSL and RIS want it: without a resolver prefix
 * (https://doi.org/, http://dx.doi.org/, doi:, or a mistyped one that ends
 * in doi.org/); a view into f. */
struct field cite_doi(const struct field *f);
/* The valid ISBNs (check digit right; ISBN-10 or -13, hyphens taken off)
 * or ISSNs (as 1234-567X) a field holds, each once, separated by spaces,
 * into buf: "9783642386701 9783642386695". 0, or -1 when the field is not
 * empty and holds none (the raw value is then in buf). */
int cite_isbn(const struct field *, int issn, char *buf, size_t len);
/* Is d[0, n) (digits, X last) an ISBN-10, an ISBN-13 or, with issn, an
 * ISSN (8 characters) whose check digit is right? */
int cite_id_valid(const char *d, size_t n, int issn);
/* Is the DOI (without its resolver) of the form 10.NNNN/suffix, or a
 * short DOI (10/abcd)? */
int cite_doi_valid(const struct field *doi);

/* The pages: the pages role, or Scopus's Page start and Page end; a range
 * "12-34", "12--34" or "12–34" as its two ends (split at an en dash or
 * "--" where there is one: "M-1--M-14"). 0, or -1 when there are none. */
int cite_pages(const struct roles *, const struct record *,
    struct field *first, struct field *last);
/* Every keyword of the row (all its keyword columns: Zotero's manual and
 * automatic tags, Scopus's author and index keywords), each once, joined
 * by sep, into buf (reset first). */
struct buf;
void cite_keywords(const struct roles *, const struct record *,
    const char *sep, struct buf *);

/* s[0, n) without the HTML markup of titles (<i>, </i>, <b>, <em>,
 * <strong>, <sup>, <sub>, <sc>, <span ...>, </span>), into out (reset). */
void cite_strip_markup(const char *s, size_t n, struct buf *out);

/* The English name of the row's language, or NULL. */
const char *cite_language(const struct field *, const char **code);

#endif
