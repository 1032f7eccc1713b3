/* One reference as Wikipedia renders Citation Style 1, read into fields and
 * written back:
 *   Putz, Catherine (29 May 2015). "Why Was Syria's Opposition in
 *   Kazakhstan?". The Diplomat. Archived from the original on ... Retrieved
 *   31 August 2020.[permanent dead link]
 * What the fields cannot hold (a title printed without quotes, authors
 * printed as "A und B, C und D", a language the reference states) goes into
 * the note, in phrases that cs1_render() reads back. */
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
	int dead;		/* [permanent dead link] or [dead link] */
	struct buf note;	/* "; "-separated phrases */
};

/* Reads text; returns 0, or -1 with why in err (the fields are then
 * partial; free them all the same). */
int cs1_parse(const char *text, size_t n, struct cs1 *, char *err,
    size_t errlen);
void cs1_free(struct cs1 *);

/* Writes a reference from fields (the note's phrases included). */
void cs1_render(struct buf *, const char *authors, const char *title,
    const char *source, const char *date, const char *lang,
    const char *access_date, const char *archive_date,
    const char *url_status, const char *format, const char *note);

/* Note phrases, shared with the importer. */
#define CS1_NOTE_BARE		"Title printed without quotation marks"
#define CS1_NOTE_EMPTY		"Entry is empty in the source"
#define CS1_NOTE_STATED		"Language stated in the source"
#define CS1_NOTE_DEADLINK	"Marked [dead link]"
#define CS1_NOTE_AUTHORS	"Authors printed as \""
#define CS1_NOTE_ND		"Dated n.d."

/* An ISO date or interval as CS1 prints it: "29 May 2015", "May 2015",
 * "10–13 July 2017", "29 May – 2 June 2015", "2015–16". Returns 0, or -1
 * if iso is not a date. */
int cs1_date_text(const char *iso, char *buf, size_t len);
/* The other way: a date as CS1 (or ISO) writes it, as a new ISO string;
 * NULL if it is not a date. */
char *cs1_iso(const char *s, size_t n);

#endif
