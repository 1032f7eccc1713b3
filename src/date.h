/* Dates as closed intervals of days. "2017" is 2017-01-01..2017-12-31,
 * "2017-07" the days of July 2017, "2017-07-10/2017-07-13" four days.
 * Pure functions; errors come back as a reason string (a literal). */
#ifndef CITEQ_DATE_H
#define CITEQ_DATE_H

#include <stddef.h>

#define DATE_MIN	(-2147483647L - 1)
#define DATE_MAX	2147483647L

struct interval {
	long lo, hi;		/* day numbers, inclusive; DATE_MIN/MAX open */
};

/* Day number of a proleptic Gregorian date (1970-01-01 is 0). */
long date_days(int y, int m, int d);
/* The inverse of date_days(). */
void date_civil(long days, int *y, int *m, int *d);

/* One ISO 8601 calendar date: YYYY, YYYY-MM or YYYY-MM-DD.
 * Returns NULL, or why the text is not one. */
const char *date_parse(const char *s, size_t n, struct interval *out);
/* A stored value: a date, or an interval A/B of two dates. */
const char *date_parse_value(const char *s, size_t n, struct interval *out);
/* A filter: a date, A..B, A.. or ..B, each date as date_parse_loose()
 * reads it. */
const char *date_parse_spec(const char *s, struct interval *out);

/* A date as reference managers and Citation Style 1 write it: any of the
 * above, "2015-05-29 10:31:00", "29 May 2015", "May 29, 2015", "May 2015",
 * "2015", and ranges "10–13 July 2017", "July 10–13, 2017",
 * "29 May – 2 June 2015", "2015–16". "n.d." sets *undated. */
const char *date_parse_text(const char *s, size_t n, struct interval *out,
    int *undated);

/* One date as a user types it, for a filter: any form date_parse_text()
 * reads but "n.d.", and ISO with one-digit months and days ("2017-7",
 * "2017-7-5", "2017-7-10/2017-7-13"). Spaces around it are ignored.
 * "2015-16" with a hyphen is a month, as in the data, so an error; the en
 * dash, "2015–16", makes it years. */
const char *date_parse_loose(const char *s, size_t n, struct interval *out);

int interval_overlap(const struct interval *, const struct interval *);

/* A month as a bibliography's month field holds it: 1 to 12 (spaces
 * around it allowed), or a name by its first three letters in English
 * ("Feb", "february"); 0 when it is neither. */
int date_month_number(const char *);

#endif
