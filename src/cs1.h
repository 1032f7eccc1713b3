/* One reference as Wikipedia renders Citation Style 1, read into fields and
 * written back:
 *   Putz, Catherine (29 May 2015). "Why Was Syria's Opposition in
 *   Kazakhstan?". The Diplomat. Archived from the original on ... Retrieved
 *   31 August 2020.[permanent dead link]
 * The reader knows the forms of Help:Citation Style 1 (web, news, book,
 * journal, report, AV media): authors with or without a date, quoted and
 * unquoted titles, "(PDF)", "(in French)" after the title or the work,
 * translated titles, identifiers, volume and pages, "via", every archive
 * and retrieved form, dead-link marks and back-reference letters; and the
 * shortened footnotes that point to such references ("Smith 2012, p. 5.",
 * "Smith, p. 5."), read as the name of the author.
 *
 * What the fields cannot hold goes into the note, in phrases that
 * cs1_render() reads back: a date style other than "29 May 2015"
 * ("Dates printed mdy"), and, when the reference has parts that the
 * plain form does not print (a publisher, an ISBN, pages, a quotation) or
 * punctuation of its own, the whole line as a template, "Printed as:
 * {author} ({date:mdy}). "{title}". {source}. ISBN {isbn}.", its fields as
 * placeholders, so that a changed field still shows. The publisher, place,
 * DOI, ISBN, ISSN, volume, issue, pages and editor are fields too (for
 * the columns of those names); what else the line has stays printed. */
#ifndef CITEQ_CS1_H
#define CITEQ_CS1_H

#include <stddef.h>

#include "display.h"

struct cs1 {
	char *authors;		/* "Family, Given; Family, Given" */
	char *title;
	char *source;
	char *date;		/* ISO 8601, possibly an interval */
	char *access_date;
	char *archive_date;
	char *format;		/* "PDF" */
	char *lang;		/* ISO 639-1 code the reference states, or NULL */
	char *url;		/* a bare URL */
	/* Read from the parts the columns above do not hold; they also
	 * stand as placeholders in the template. */
	char *publisher, *place, *doi, *isbn, *issn, *volume, *issue, *pages;
	char *editor;		/* "In Katz, J. B (ed.)": "Katz, J. B" */
	int dead;		/* [permanent dead link] or [dead link] */
	int shortened;		/* "Smith 2012, p. 5.": authors is the name */
	struct buf note;	/* "; "-separated phrases */
	struct buf warn;	/* what was not understood, "\n"-separated */
};

/* Reads text; returns 0, or -1 with why in err when the text cannot be a
 * reference (the fields are then partial; free them all the same). Parts
 * not understood are listed in warn, and kept in the note. */
int cs1_parse(const char *text, size_t n, struct cs1 *, char *err,
    size_t errlen);
void cs1_free(struct cs1 *);

/* The fields of one reference, for cs1_render(); "" for none. */
struct cs1_fields {
	const char *authors, *title, *source, *date, *lang, *url;
	const char *access_date, *archive_date, *url_status, *format, *note;
	const char *publisher, *place, *doi, *isbn, *issn, *volume, *issue;
	const char *pages, *editor;
};

/* Writes a reference from fields (the note's phrases included). */
void cs1_render(struct buf *, const struct cs1_fields *);

/* Note phrases, shared with the importer. */
#define CS1_NOTE_BARE		"Title printed without quotation marks"
#define CS1_NOTE_EMPTY		"Entry is empty in the source"
#define CS1_NOTE_STATED		"Language stated in the source"
#define CS1_NOTE_DEADLINK	"Marked [dead link]"
#define CS1_NOTE_AUTHORS	"Authors printed as \""
#define CS1_NOTE_ND		"Dated n.d."
#define CS1_NOTE_CITED		"Cited "	/* "Cited 3 times" */
#define CS1_NOTE_DATES		"Dates printed "	/* "mdy", "ISO" */
#define CS1_NOTE_TEMPLATE	"Printed as: "	/* always the last phrase */

/* Date styles: how CS1 prints a date. */
enum cs1_style {
	CS1_DMY,		/* 29 May 2015 */
	CS1_MDY,		/* May 29, 2015 */
	CS1_ISO,		/* 2015-05-29 */
	CS1_DMY_ABBR,		/* 29 May 2015 with "Feb", "Sep" */
	CS1_MDY_ABBR,		/* Feb 29, 2015 */
	CS1_STYLES
};

/* An ISO date or interval as CS1 prints it: "29 May 2015", "May 2015",
 * "10–13 July 2017", "29 May – 2 June 2015", "2015–16". Returns 0, or -1
 * if iso is not a date. */
int cs1_date_text(const char *iso, char *buf, size_t len);
/* The same in a style. */
int cs1_date_style(const char *iso, enum cs1_style, char *buf, size_t len);
/* The other way: a date as CS1 (or ISO) writes it, as a new ISO string;
 * NULL if it is not a date. */
char *cs1_iso(const char *s, size_t n);

#endif
