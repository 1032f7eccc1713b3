#include "date.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Howard Hinnant's days_from_civil. */
long
date_days(int y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153L * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

void
date_civil(long z, int *y, int *m, int *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static int
is_leap(int y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int
month_days(int y, int m)
{
	static const int len[12] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	return m == 2 && is_leap(y) ? 29 : len[m - 1];
}

/* Reads exactly n digits at s. */
static int
digits(const char *s, size_t n, int *out)
{
	size_t i;
	int v = 0;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 1;
}

const char *
date_parse(const char *s, size_t n, struct interval *out)
{
	int y, m, d;

	if (n != 4 && n != 7 && n != 10)
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (!digits(s, 4, &y))
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (n == 4) {
		out->lo = date_days(y, 1, 1);
		out->hi = date_days(y, 12, 31);
		return NULL;
	}
	if (s[4] != '-' || !digits(s + 5, 2, &m))
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (m < 1 || m > 12)
		return "no such month";
	if (n == 7) {
		out->lo = date_days(y, m, 1);
		out->hi = date_days(y, m, month_days(y, m));
		return NULL;
	}
	if (s[7] != '-' || !digits(s + 8, 2, &d))
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (d < 1 || d > month_days(y, m))
		return "no such day in that month";
	out->lo = out->hi = date_days(y, m, d);
	return NULL;
}

/* A stored value: a date, or A/B. */
const char *
date_parse_value(const char *s, size_t n, struct interval *out)
{
	const char *p = memchr(s, '/', n), *why;
	struct interval a, b;

	if (p == NULL)
		return date_parse(s, n, out);
	if (p == s && n == 1)
		return "empty range";
	if (p > s && (why = date_parse(s, (size_t)(p - s), &a)) != NULL)
		return why;
	if (p + 1 < s + n && (why = date_parse(p + 1, (size_t)(s + n - p -
	    1), &b)) != NULL)
		return why;
	if (p == s || p + 1 == s + n)
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (a.lo > b.hi)
		return "range ends before it starts";
	out->lo = a.lo;
	out->hi = b.hi;
	return NULL;
}

/* ".." in s[0, n), or NULL. */
static const char *
find_dots(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 1 < n; i++)
		if (s[i] == '.' && s[i + 1] == '.')
			return s + i;
	return NULL;
}

static int
blank(char c)
{
	return c == ' ' || c == '\t';
}

const char *
date_parse_spec(const char *s, struct interval *out)
{
	size_t n = strlen(s), an, bn;
	const char *dots = find_dots(s, n), *b, *why;
	struct interval lo, hi;

	if (dots == NULL)
		return date_parse_loose(s, n, out);
	/* The sides of ".." may be any date a user types, spaces around
	 * them aside; an empty side is open. */
	for (an = (size_t)(dots - s); an > 0 && blank(s[an - 1]); an--)
		;
	for (b = dots + 2; *b != '\0' && blank(*b); b++)
		;
	bn = strlen(b);
	while (an > 0 && blank(*s)) {
		s++;
		an--;
	}
	if (an == 0 && bn == 0)
		return "empty range";
	lo.lo = DATE_MIN;
	hi.hi = DATE_MAX;
	if (an > 0 && (why = date_parse_loose(s, an, &lo)) != NULL)
		return why;
	if (bn > 0 && (why = date_parse_loose(b, bn, &hi)) != NULL)
		return why;
	if (lo.lo > hi.hi)
		return "range ends before it starts";
	out->lo = lo.lo;
	out->hi = hi.hi;
	return NULL;
}

int
interval_overlap(const struct interval *a, const struct interval *b)
{
	return a->lo <= b->hi && b->lo <= a->hi;
}

/* ---- dates as other tools and Citation Style 1 write them ---- */

static const char *const month_names[12] = {
	"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"
};

enum tok_kind { T_NUM, T_MONTH, T_DASH, T_COMMA, T_END, T_BAD };

struct tok {
	enum tok_kind kind;
	int value;		/* the number, or the month 1-12 */
	int digits;		/* how many digits a number had */
};

/* Reads one token at *p (spaces skipped). */
static struct tok
next_tok(const char **p, const char *end)
{
	struct tok t = { T_BAD, 0, 0 };
	const char *s = *p;
	int i;

	while (s < end && (*s == ' ' || *s == '\t' || (end - s >= 2 &&
	    (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)))
		s += *s == ' ' || *s == '\t' ? 1 : 2;	/* and no-break space */
	if (s == end) {
		t.kind = T_END;
	} else if (*s >= '0' && *s <= '9') {
		t.kind = T_NUM;
		while (s < end && *s >= '0' && *s <= '9' && t.digits < 5) {
			t.value = t.value * 10 + (*s - '0');
			t.digits++;
			s++;
		}
		if (s < end && *s >= '0' && *s <= '9')
			t.kind = T_BAD;
	} else if (*s == '-' || *s == '/') {
		t.kind = T_DASH;
		s++;
	} else if (end - s >= 3 && memcmp(s, "\xE2\x80\x93", 3) == 0) {
		t.kind = T_DASH;	/* en dash */
		s += 3;
	} else if (*s == ',') {
		t.kind = T_COMMA;
		s++;
	} else {
		const char *w = s;
		size_t len;
		char low[16];

		while (s < end && ((*s >= 'a' && *s <= 'z') ||
		    (*s >= 'A' && *s <= 'Z')))
			s++;
		len = (size_t)(s - w);
		if (s < end && *s == '.')
			s++;		/* "Sept." */
		if (len >= 3 && len < sizeof low) {
			for (i = 0; i < (int)len; i++)
				low[i] = (char)(w[i] | 0x20);
			low[len] = '\0';
			for (i = 0; i < 12; i++)
				if (strncmp(month_names[i], low, len) == 0 &&
				    (len == 3 || len == strlen(month_names[i]) ||
				    (i == 8 && len == 4))) {
					t.kind = T_MONTH;
					t.value = i + 1;
				}
		}
	}
	*p = s;
	return t;
}

/* A date with parts that may be missing (0). */
struct parts {
	int y, m, d;
};

/* Reads "D Month YYYY", "Month D, YYYY", "Month YYYY", "YYYY", or a part
 * of these (in a range), up to a dash or the end. */
static int
read_parts(const char **p, const char *end, struct parts *out)
{
	struct tok t[4];
	int n = 0, i;
	const char *s;

	memset(out, 0, sizeof *out);
	out->y = -1;		/* no year yet: 0000 is a year */
	for (;;) {
		s = *p;
		t[n] = next_tok(p, end);
		if (t[n].kind == T_END || t[n].kind == T_DASH) {
			*p = s;		/* leave the dash for the caller */
			break;
		}
		if (t[n].kind == T_BAD || n == 3)
			return -1;
		if (t[n].kind != T_COMMA)
			n++;
	}
	for (i = 0; i < n; i++) {
		if (t[i].kind == T_MONTH) {
			if (out->m)
				return -1;
			out->m = t[i].value;
		} else if (t[i].digits == 4) {
			if (out->y >= 0)
				return -1;
			out->y = t[i].value;
		} else if (t[i].digits <= 2 && !out->d && t[i].value >= 1) {
			out->d = t[i].value;
		} else {
			return -1;
		}
	}
	/* A day needs a month; a bare number alone is taken as a day. */
	return n == 0 ? -1 : 0;
}

static const char *
to_interval(const struct parts *a, const struct parts *b,
    struct interval *out)
{
	if (a->y < 0 || b->y < 0 || (a->d && !a->m) || (b->d && !b->m))
		return "not a date";
	if (a->m < 0 || a->m > 12 || b->m > 12)
		return "no such month";
	if ((a->d && a->d > month_days(a->y, a->m)) ||
	    (b->d && b->d > month_days(b->y, b->m)))
		return "no such day in that month";
	out->lo = date_days(a->y, a->m ? a->m : 1, a->d ? a->d : 1);
	out->hi = date_days(b->y, b->m ? b->m : 12, b->d ? b->d :
	    month_days(b->y, b->m ? b->m : 12));
	if (out->lo > out->hi)
		return "range ends before it starts";
	return NULL;
}

const char *
date_parse_text(const char *s, size_t n, struct interval *out, int *undated)
{
	const char *p = s, *end = s + n, *why;
	struct parts a, b;
	struct tok t;
	int iso;

	*undated = 0;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '.'))
		n--;			/* "29 May 2015." */
	end = s + n;
	if (n == 3 && memcmp(s, "n.d", 3) == 0) {
		*undated = 1;
		return NULL;
	}
	/* ISO first, with a time after the date ("2020-06-01 12:58:31"); an
	 * ISO-shaped value that is wrong says why. */
	iso = n >= 7 && s[4] == '-' && s[0] >= '0' && s[0] <= '9' &&
	    (n == 7 || s[7] == '-');
	if (iso && n > 10 && (s[10] == ' ' || s[10] == 'T'))
		return date_parse(s, 10, out);
	if ((why = date_parse_value(s, n, out)) == NULL || iso)
		return why;
	if (read_parts(&p, end, &a) != 0)
		return "not a date";
	t = next_tok(&p, end);
	if (t.kind == T_END) {
		b = a;
	} else {
		if (read_parts(&p, end, &b) != 0 || next_tok(&p, end).kind !=
		    T_END)
			return "not a date";
		/* "2015–16", "2015–2016": years */
		if (a.y >= 0 && !a.m && !a.d && b.y < 0 && !b.m && b.d) {
			b.y = b.d < 100 ? a.y / 100 * 100 + b.d : b.d;
			b.d = 0;
		}
		/* Each side lends the other what it leaves out. */
		if (!b.m && a.m && b.d)
			b.m = a.m;		/* "July 10–13, 2017" */
		if (!a.m && b.m && a.d)
			a.m = b.m;		/* "10–13 July 2017" */
		if (a.y < 0)
			a.y = b.y;		/* "29 May – 2 June 2015" */
	}
	return to_interval(&a, &b, out);
}

/* ---- dates as people type them ---- */

#define NOT_A_DATE	"not a date (such as 2017, 2017-07, 2017-7-10, " \
	"May 2017, 10 July 2017 or 10-13 July 2017)"

/* Reads 1 or 2 digits at *p, up to end. */
static int
short_number(const char **p, const char *end, int *out)
{
	const char *s = *p;
	int v = 0;

	while (s < end && s - *p < 3 && *s >= '0' && *s <= '9')
		v = v * 10 + (*s++ - '0');
	if (s == *p || s - *p > 2)
		return 0;
	*p = s;
	*out = v;
	return 1;
}

/* ISO 8601 as people type it, the month and day perhaps with one digit:
 * YYYY-M[M] or YYYY-M[M]-D[D]. Returns 0 when s[0, n) is not of this
 * shape, else 1 with *why NULL or the reason the date cannot be. */
static int
loose_iso(const char *s, size_t n, struct interval *out, const char **why)
{
	const char *p = s + 5, *end = s + n;
	int y, m, d = 0, has_day = 0;

	if (n < 6 || !digits(s, 4, &y) || s[4] != '-' ||
	    !short_number(&p, end, &m))
		return 0;
	if (p < end && *p == '-') {
		p++;
		if (!short_number(&p, end, &d))
			return 0;
		has_day = 1;
	}
	if (p != end)
		return 0;
	*why = NULL;
	if (m < 1 || m > 12) {
		/* "2015-16" with a hyphen: a month, as in the data, but the
		 * writer may have meant the years 2015 to 2016. */
		*why = !has_day && n == 7 && m > y % 100 ? "no such month (a "
		    "span of years is written A..B)" : "no such month";
	} else if (has_day && (d < 1 || d > month_days(y, m))) {
		*why = "no such day in that month";
	} else {
		out->lo = date_days(y, m, has_day ? d : 1);
		out->hi = date_days(y, m, has_day ? d : month_days(y, m));
	}
	return 1;
}

/* A comma in a date is the one of "May 29, 2015": after a day, before a
 * year. Elsewhere ("2014, July 10") date_parse_text() would skip it, but
 * a user's comma more likely separates two dates. */
static int
commas_ok(const char *s, size_t n)
{
	size_t i, j, k;

	for (i = 0; i < n; i++) {
		if (s[i] != ',')
			continue;
		for (j = i; j > 0 && blank(s[j - 1]); j--)
			;
		for (k = 0; j > 0 && s[j - 1] >= '0' && s[j - 1] <= '9'; j--)
			k++;
		if (k < 1 || k > 2)
			return 0;
		for (j = i + 1; j < n && blank(s[j]); j++)
			;
		for (k = 0; j < n && s[j] >= '0' && s[j] <= '9'; j++)
			k++;
		if (k != 4)
			return 0;
	}
	return 1;
}

const char *
date_parse_loose(const char *s, size_t n, struct interval *out)
{
	const char *slash, *why, *why2;
	struct interval a, b;
	int undated;

	while (n > 0 && blank(*s)) {
		s++;
		n--;
	}
	while (n > 0 && blank(s[n - 1]))
		n--;
	if (n == 0)
		return NOT_A_DATE;
	if (find_dots(s, n) != NULL)
		return "a range A..B, not one date";
	if (!commas_ok(s, n))
		return NOT_A_DATE;
	if (loose_iso(s, n, out, &why))
		return why;
	/* Two such dates as an interval, "2017-7-10/2017-7-13". */
	if ((slash = memchr(s, '/', n)) != NULL && loose_iso(s,
	    (size_t)(slash - s), &a, &why) && loose_iso(slash + 1,
	    (size_t)(s + n - slash - 1), &b, &why2)) {
		if (why != NULL || why2 != NULL)
			return why != NULL ? why : why2;
		if (a.lo > b.hi)
			return "range ends before it starts";
		out->lo = a.lo;
		out->hi = b.hi;
		return NULL;
	}
	if ((why = date_parse_text(s, n, out, &undated)) != NULL)
		return strncmp(why, "not a date", 10) == 0 ? NOT_A_DATE : why;
	if (undated)
		return "n.d. is no date";
	return NULL;
}

int
date_month_number(const char *m)
{
	static const char *const names[] = { "jan", "feb", "mar", "apr", "may",
		"jun", "jul", "aug", "sep", "oct", "nov", "dec" };
	char *end;
	long v;
	int i;

	m += strspn(m, " ");
	v = strtol(m, &end, 10);
	if (end != m)
		return end[strspn(end, " ")] == '\0' && v >= 1 && v <= 12 ?
		    (int)v : 0;
	for (i = 0; i < 12; i++)
		if (strncasecmp(m, names[i], 3) == 0)
			return i + 1;
	return 0;
}
