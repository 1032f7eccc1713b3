#include "date.h"

#include <string.h>

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

/* Parses s[0, n) as from SEP to, either side possibly empty when open. */
static const char *
parse_range(const char *s, size_t n, const char *sep, int open,
    struct interval *out)
{
	const char *p = NULL, *why;
	struct interval a, b;
	size_t i, seplen = strlen(sep);

	for (i = 0; i + seplen <= n; i++)
		if (memcmp(s + i, sep, seplen) == 0) {
			p = s + i;
			break;
		}
	if (p == NULL)
		return date_parse(s, n, out);
	if (p == s && p + seplen == s + n)
		return "empty range";
	a.lo = DATE_MIN;
	b.hi = DATE_MAX;
	if (p > s && (why = date_parse(s, (size_t)(p - s), &a)) != NULL)
		return why;
	if (p + seplen < s + n && (why = date_parse(p + seplen,
	    (size_t)(s + n - p - seplen), &b)) != NULL)
		return why;
	if (!open && (p == s || p + seplen == s + n))
		return "not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
	if (a.lo > b.hi)
		return "range ends before it starts";
	out->lo = a.lo;
	out->hi = b.hi;
	return NULL;
}

const char *
date_parse_value(const char *s, size_t n, struct interval *out)
{
	return parse_range(s, n, "/", 0, out);
}

const char *
date_parse_spec(const char *s, struct interval *out)
{
	size_t n = strlen(s);

	if (memchr(s, '/', n) != NULL)
		return parse_range(s, n, "/", 0, out);
	return parse_range(s, n, "..", 1, out);
}

int
interval_overlap(const struct interval *a, const struct interval *b)
{
	return a->lo <= b->hi && b->lo <= a->hi;
}
