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
