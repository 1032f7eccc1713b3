#include "cs1.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cite.h"
#include "lang.h"
#include "xalloc.h"

static const char *const months[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};
static const char *const abbrs[12] = {
	"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
	"Nov", "Dec"
};
static const char *const style_names[CS1_STYLES] = {
	"dmy", "mdy", "ISO", "dmy-abbr", "mdy-abbr"
};

#define EN_DASH	"\xE2\x80\x93"

/* ---- dates ---- */

char *
cs1_iso(const char *s, size_t n)
{
	struct field f = { s, n };
	struct cite_date cd;
	char iso[64];

	if (cite_date(&f, &cd) != 0)
		return NULL;
	cite_date_iso(&cd, iso, sizeof iso);
	return xstrdup(iso);
}

/* One end of a date ("29 May 2015", "May 29, 2015", "May 2015"), without
 * the year when noyear. */
static void
one_end(char *buf, size_t len, const struct cite_date *cd, int i,
    enum cs1_style st, int noyear)
{
	const char *const *mn = st == CS1_DMY_ABBR || st == CS1_MDY_ABBR ?
	    abbrs : months;
	int mdy = st == CS1_MDY || st == CS1_MDY_ABBR;
	char year[16] = "";

	if (!noyear)
		snprintf(year, sizeof year, "%s%04d", mdy && cd->parts[i] == 3 ?
		    ", " : " ", cd->y[i]);
	if (cd->parts[i] == 1)
		snprintf(buf, len, "%04d", cd->y[i]);
	else if (cd->parts[i] == 2)
		snprintf(buf, len, "%s%s", mn[cd->m[i] - 1], year);
	else if (mdy)
		snprintf(buf, len, "%s %d%s", mn[cd->m[i] - 1], cd->d[i], year);
	else
		snprintf(buf, len, "%d %s%s", cd->d[i], mn[cd->m[i] - 1], year);
}

/* Years have four digits, as the readers want: "0101", not "101". */
int
cs1_date_style(const char *iso, enum cs1_style st, char *buf, size_t len)
{
	struct field f = { iso, strlen(iso) };
	struct cite_date cd;
	const int *y = cd.y, *m = cd.m, *d = cd.d;
	const char *const *mn = st == CS1_DMY_ABBR || st == CS1_MDY_ABBR ?
	    abbrs : months;
	int mdy = st == CS1_MDY || st == CS1_MDY_ABBR;
	char a[64], b[64];

	if (cite_date(&f, &cd) != 0)
		return -1;
	if (st == CS1_ISO && cd.parts[0] > 1) {
		if (cd.range)
			return -1;
		if (cd.parts[0] == 2)
			snprintf(buf, len, "%04d-%02d", y[0], m[0]);
		else
			snprintf(buf, len, "%04d-%02d-%02d", y[0], m[0], d[0]);
		return 0;
	}
	if (!cd.range) {
		one_end(buf, len, &cd, 0, st, 0);
	} else if (cd.parts[0] == 1) {
		if (y[0] / 100 == y[1] / 100)
			snprintf(buf, len, "%04d" EN_DASH "%02d", y[0], y[1] % 100);
		else
			snprintf(buf, len, "%04d" EN_DASH "%04d", y[0], y[1]);
	} else if (cd.parts[0] == 2) {
		if (y[0] == y[1])
			snprintf(buf, len, "%s" EN_DASH "%s %04d", mn[m[0] - 1],
			    mn[m[1] - 1], y[0]);
		else
			snprintf(buf, len, "%s %04d" EN_DASH "%s %04d",
			    mn[m[0] - 1], y[0], mn[m[1] - 1], y[1]);
	} else if (y[0] == y[1] && m[0] == m[1]) {
		if (mdy)
			snprintf(buf, len, "%s %d" EN_DASH "%d, %04d",
			    mn[m[0] - 1], d[0], d[1], y[0]);
		else
			snprintf(buf, len, "%d" EN_DASH "%d %s %04d", d[0], d[1],
			    mn[m[0] - 1], y[0]);
	} else {
		one_end(a, sizeof a, &cd, 0, st, y[0] == y[1]);
		one_end(b, sizeof b, &cd, 1, st, 0);
		snprintf(buf, len, "%s " EN_DASH " %s", a, b);
	}
	return 0;
}

int
cs1_date_text(const char *iso, char *buf, size_t len)
{
	return cs1_date_style(iso, CS1_DMY, buf, len);
}

/* The style that prints iso as the n bytes at s; -1 if none does. */
static int
style_of(const char *s, size_t n, const char *iso)
{
	char text[128];
	int st;

	for (st = 0; st < CS1_STYLES; st++)
		if (cs1_date_style(iso, (enum cs1_style)st, text,
		    sizeof text) == 0 && strlen(text) == n &&
		    memcmp(text, s, n) == 0)
			return st;
	return -1;
}

static int
style_named(const char *s, size_t n)
{
	int st;

	for (st = 0; st < CS1_STYLES; st++)
		if (strlen(style_names[st]) == n && memcmp(style_names[st], s,
		    n) == 0)
			return st;
	return -1;
}

/* ---- reading ---- */

/* The fields the reader places, by where they were printed. */
enum slot {
	S_AUTHOR, S_TITLE, S_SOURCE, S_DATE, S_ACCESS, S_ARCHIVE, S_URL,
	S_PUBLISHER, S_PLACE, S_DOI, S_ISBN, S_ISSN, S_VOLUME, S_ISSUE,
	S_PAGES, S_EDITOR, S__COUNT
};
static const char *const slot_names[S__COUNT] = {
	"author", "title", "source", "date", "access-date", "archive-date",
	"url", "publisher", "place", "doi", "isbn", "issn", "volume", "issue",
	"pages", "editor"
};

struct reader {
	struct cs1 *c;
	const char *base, *end;		/* the reference, letters left out */
	struct {
		const char *s;
		size_t n;
		int style;		/* dates: the style, -1 printed oddly */
	} at[S__COUNT];
	int quoted;			/* the title is in quotation marks */
	int artist;			/* "(liner notes)": the artist follows */
};

static int
starts(const char *s, const char *end, const char *prefix)
{
	size_t n = strlen(prefix);

	return (size_t)(end - s) >= n && memcmp(s, prefix, n) == 0;
}

/* Does [s, end) start with one of the NULL-terminated prefixes? */
static int
starts_any(const char *s, const char *end, const char *const *prefixes)
{
	size_t i;

	for (i = 0; prefixes[i] != NULL; i++)
		if (starts(s, end, prefixes[i]))
			return 1;
	return 0;
}

static int
ends(const char *s, const char *end, const char *suffix)
{
	size_t n = strlen(suffix);

	return (size_t)(end - s) >= n && memcmp(end - n, suffix, n) == 0;
}

static const char *
find(const char *s, const char *end, const char *what)
{
	size_t n = strlen(what);

	for (; s + n <= end; s++)
		if (memcmp(s, what, n) == 0)
			return s;
	return NULL;
}

static void
note(struct cs1 *c, const char *phrase, const char *s, size_t n,
    const char *after)
{
	if (c->note.len > 0)
		buf_adds(&c->note, "; ");
	buf_adds(&c->note, phrase);
	buf_add(&c->note, s, n);
	buf_adds(&c->note, after);
}

static void
warn(struct cs1 *c, const char *what, const char *s, const char *e)
{
	size_t n = (size_t)(e - s);

	if (c->warn.len > 0)
		buf_addc(&c->warn, '\n');
	buf_adds(&c->warn, what);
	buf_adds(&c->warn, " '");
	buf_add(&c->warn, s, n > 60 ? 60 : n);
	buf_adds(&c->warn, n > 60 ? "...'" : "'");
}

static void
place(struct reader *r, enum slot sl, const char *s, const char *e)
{
	r->at[sl].s = s;
	r->at[sl].n = (size_t)(e - s);
}

/* A date printed at [s, e) into *dst and its slot; 0, or -1 if it is not
 * a date. */
static int
read_date(struct reader *r, enum slot sl, char **dst, const char *s,
    const char *e)
{
	char *iso = cs1_iso(s, (size_t)(e - s));

	if (iso == NULL)
		return -1;
	free(*dst);
	*dst = iso;
	place(r, sl, s, e);
	r->at[sl].style = style_of(s, (size_t)(e - s), iso);
	return 0;
}

/* "Family, Given", "Family, Given; Family, Given", or a pair printed as
 * "Hebel und Sydow, Christina und Christoph" (also with "and"). Editors
 * in the authors' place, "Müller, Georgina, ed.": the names; the role
 * stays printed. */
static void
read_authors(struct reader *r, const char *s, const char *end)
{
	static const char *const joins[] = { " und ", " and ", NULL };
	const char *comma, *j1, *j2;
	struct cs1 *c = r->c;
	size_t i;

	if (ends(s, end, ", ed.") && end - s > 5)
		end -= 5;
	else if (ends(s, end, ", eds.") && end - s > 6)
		end -= 6;
	comma = find(s, end, ", ");

	for (i = 0; comma != NULL && joins[i] != NULL; i++) {
		if ((j1 = find(s, comma, joins[i])) == NULL ||
		    (j2 = find(comma + 2, end, joins[i])) == NULL ||
		    find(j1 + 1, comma, joins[i]) != NULL ||
		    find(comma + 2, end, ", ") != NULL ||
		    find(s, end, "; ") != NULL)
			continue;
		{
			struct buf b = { NULL, 0, 0 };
			size_t jl = strlen(joins[i]);

			buf_add(&b, s, (size_t)(j1 - s));
			buf_adds(&b, ", ");
			buf_add(&b, comma + 2, (size_t)(j2 - comma - 2));
			buf_adds(&b, "; ");
			buf_add(&b, j1 + jl, (size_t)(comma - j1 - jl));
			buf_adds(&b, ", ");
			buf_add(&b, j2 + jl, (size_t)(end - j2 - jl));
			c->authors = b.s;
			note(c, CS1_NOTE_AUTHORS, s, (size_t)(end - s), "\"");
			return;
		}
	}
	c->authors = xstrndup(s, (size_t)(end - s));
	place(r, S_AUTHOR, s, end);
}

/* Words a period follows inside a name or a locator ("Proc. Natl. Acad.
 * Sci.", "St. Petersburg", "Vol. 94, no. 29", "the Rt. Hon. Friedrich");
 * the period after the others ends a part of the reference. */
static const char *const abbreviations[] = {
	"Acad", "Am", "Assoc", "Biol", "Bros", "Ch", "Chem", "Comput", "Conf",
	"Dept", "Dr", "Ed", "Eng", "Fig", "Ft", "Hon", "Int", "Intl", "Jr",
	"Lett", "Math", "Med", "Mr", "Mrs", "Ms", "Mt", "Natl", "No", "Nos",
	"Phys", "Proc", "Pt", "Res", "Rev", "Rt", "Sci", "Soc", "Sr", "St",
	"Syst",
	"Technol", "Trans", "Univ", "Vol", "ch", "ed", "eds", "no", "nos", "pp",
	"vol", "vols", "vs", NULL
};
/* ... of which these end a name all the same: "Amazon Web Services, Inc." */
static const char *const keep_period[] = {
	"Inc", "Ltd", "Co", "Corp", "Jr", "Bros", NULL
};

static int
in_list(const char *const *list, const char *s, const char *e)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == (size_t)(e - s) && memcmp(list[i], s,
		    (size_t)(e - s)) == 0)
			return 1;
	return 0;
}

/* The word that ends at e (after the last space or bracket). */
static const char *
word_start(const char *s, const char *e)
{
	const char *w = e;

	while (w > s && w[-1] != ' ' && w[-1] != '(' && w[-1] != '"')
		w--;
	return w;
}

/* Is the period at p an abbreviation's, not the end of a part? */
static int
abbreviation(const char *s, const char *p, const char *end)
{
	const char *w = word_start(s, p), *q;
	int seg = 0, longest = 0;

	(void)end;
	if (p - w == 1 && ((*w >= 'A' && *w <= 'Z') || (*w >= 'a' &&
	    *w <= 'z')))
		return 1;		/* "J. Computer", "p. 68" */
	if (in_list(abbreviations, w, p) && !in_list(keep_period, w, p))
		return 1;
	for (q = w; q < p; q++) {	/* "U.S", "U.S.A": letters and dots */
		if (*q == '.')
			seg = 0;
		else if (!((*q >= 'A' && *q <= 'Z') || (*q >= 'a' && *q <= 'z')))
			return 0;
		else if (++seg > longest)
			longest = seg;
	}
	return memchr(w, '.', (size_t)(p - w)) != NULL && longest <= 2;
}

/* Does a new part surely start at s ("pp. 295", "doi:", "Retrieved")? */
/* Does a volume start at s: "98 (2): 1–5", "11: 1–32"? */
static int
volume_at(const char *s, const char *end)
{
	const char *p;

	for (p = s; p < end && *p >= '0' && *p <= '9'; p++)
		;
	return p > s && (starts(p, end, " (") || starts(p, end, ": "));
}

static int
part_start(const char *s, const char *end)
{
	static const char *const starts_[] = {
		"p. ", "pp. ", "doi:", "ISBN ", "ISSN ", "Retrieved ",
		"Archived ", "S2CID ", "Bibcode:", "arXiv:", "Vol. ", NULL
	};
	return starts_any(s, end, starts_) || volume_at(s, end);
}

/* A volume in roman numerals: "I", "XIV". */
static int
roman(const char *s, const char *e)
{
	if (e - s < 1 || e - s > 6)
		return 0;
	for (; s < e; s++)
		if (*s != 'I' && *s != 'V' && *s != 'X')
			return 0;
	return 1;
}

/* Does the part that starts at s end at the period at p, after a book's
 * volume ("Friedrich Max Müller. I. Longmans, Green & Co.")? Not before
 * another initial ("I. B. Tauris"). */
static int
volume_end(const char *s, const char *p, const char *end)
{
	return roman(s, p) && !(p + 3 < end && p[2] >= 'A' && p[2] <= 'Z' &&
	    p[3] == '.');
}

/* A parenthesis that closes at the end right after a period, with no
 * space: "Retrieved 21 May 2012.(subscription required)". */
static int
glued_note(const char *p, const char *end)
{
	const char *close;

	if (p + 2 >= end || p[0] != '.' || p[1] != '(' || end[-1] != ')')
		return 0;
	close = memchr(p + 2, ')', (size_t)(end - p - 2));
	return close == end - 1 && memchr(p + 2, '(', (size_t)(close - p -
	    2)) == NULL;
}

/* Where the part that starts at s ends: the '.' of ". " or of the end. */
static const char *
part_end(const char *s, const char *end)
{
	const char *p;

	for (p = s; p + 1 < end; p++) {
		if (p[0] == '.' && p[1] == ' ' && (!abbreviation(s, p, end) ||
		    part_start(p + 2, end) || volume_end(s, p, end)))
			return p;
		if (glued_note(p, end))
			return p;
	}
	if (end > s && end[-1] == '.')
		return end - 1;
	return end;
}

/* A language stated as "in French" or "in French and English": the code
 * of the first; NULL if unknown. */
static const char *
stated(const char *s, const char *e)
{
	const char *code = lang_code(s, (size_t)(e - s)), *cut;

	if (code == NULL && ((cut = find(s, e, " and ")) != NULL ||
	    (cut = find(s, e, ", ")) != NULL))
		code = stated(s, cut);
	/* "Brazilian Portuguese", "Simplified Chinese" */
	for (cut = e; code == NULL && cut > s && cut[-1] != ' '; cut--)
		;
	if (code == NULL && cut > s)
		code = lang_code(cut, (size_t)(e - cut));
	return code;
}

static void
set_lang(struct reader *r, const char *s, const char *e)
{
	const char *code = stated(s, e);

	if (code == NULL) {
		warn(r->c, "unknown language", s, e);
		return;
	}
	if (r->c->lang == NULL) {
		r->c->lang = xstrdup(code);
		note(r->c, CS1_NOTE_STATED, "", 0, "");
	}
}

/* The closing quotation mark of a title opened at q: one that a period,
 * a bracket, a comma or the end follows, or a space after a title's own
 * period ("...Newsline..." Billboard); inner quotes are left in. */
static const char *
title_close(const char *q, const char *end)
{
	const char *p;

	for (p = q + 1; p < end; p++) {
		if (*p != '"')
			continue;
		if (p + 1 == end)
			return p;
		if (p[1] == '"')
			continue;
		if (p[1] == '.' && (p + 2 == end || p[2] == ' ' || p[2] == '['))
			return p;
		if (p + 2 < end && p[1] == ' ' && (p[2] == '(' || p[2] == '['))
			return p;
		if (p + 2 < end && p[1] == ',' && p[2] == ' ')
			return p;
		if (p[1] == ' ' && strchr(".?!", p[-1]) != NULL)
			return p;
	}
	for (p = end - 1; p > q && *p != '"'; p--)
		;
	return p > q ? p : NULL;
}

/* " (PDF)", " (in French)", " [Translated title]", " (Report)": what
 * follows a title; returns where they end. */
static const char *
read_after_title(struct reader *r, const char *p, const char *end)
{
	while (p + 2 < end && p[0] == ' ' && (p[1] == '(' || p[1] == '[')) {
		char open = p[1], close = open == '(' ? ')' : ']';
		const char *q;
		int depth = 0;

		for (q = p + 1; q < end; q++) {
			if (*q == open)
				depth++;
			else if (*q == close && --depth == 0)
				break;
		}
		if (q == end)
			break;
		if (q - p - 2 == 3 && memcmp(p + 2, "PDF", 3) == 0 &&
		    r->c->format == NULL)
			r->c->format = xstrdup("PDF");
		else if (open == '(' && starts(p + 2, q, "in ") &&
		    r->c->lang == NULL)
			set_lang(r, p + 5, q);
		else if (q - p - 2 == 11 && memcmp(p + 2, "liner notes", 11) ==
		    0)
			r->artist = 1;
		p = q + 1;
	}
	return p;
}

/* Identifiers, locators and the like: kept as printed. */
static int
identifier(const char *s, const char *e)
{
	static const char *const prefixes[] = {
		"ISBN ", "ISSN ", "eISSN ", "doi:", "Bibcode:", "PMID ",
		"PMC ", "OCLC ", "JSTOR ", "S2CID ", "arXiv:", "hdl:", "LCCN ",
		"OSTI ", "SSRN ", "ZDB ", "MR ", "Zbl ", "CiteSeerX ", "ASIN ",
		"ERIC ", "ISMN ", "RFC ", "p. ", "pp. ", "Vol. ", "vol. ",
		"No. ", "no. ", "Issue ", "Episode ", "Season ", NULL
	};
	const char *p;

	if (starts_any(s, e, prefixes))
		return 1;
	/* "In A. Amir (ed.)": the editors */
	if (starts(s, e, "In ") && (ends(s, e, "(ed.)") || ends(s, e,
	    "(eds.)")))
		return 1;
	/* "37 (3): 242–247", "12: 1–32", "(2nd ed.)" */
	for (p = s; p < e && *p >= '0' && *p <= '9'; p++)
		;
	if (p > s && (starts(p, e, " (") || starts(p, e, ": ")))
		return 1;
	return *s == '(' && e[-1] == ')';
}

/* "UK", "Boston, United States": capitalised words, no digits. */
static int
place_name(const char *s, const char *e)
{
	int words = 0;

	for (; s < e; s++) {
		if (*s >= '0' && *s <= '9')
			return 0;
		if (s[0] != ' ' && (s == e || words == 0 || s[-1] == ' ')) {
			if (!(*s >= 'A' && *s <= 'Z'))
				return 0;
			words++;
		}
	}
	return words > 0 && words <= 4;
}

/* A name as publishers print theirs: "University of Virginia Press",
 * "Longmans, Green & Co."; its words capitalised but for a few. */
static int
publisher_name(const char *s, const char *e)
{
	static const char *const small[] = {
		"of", "and", "the", "for", "&", "de", "du", "des", "la", "le",
		"und", "y", "e", "di", "del", NULL
	};
	const char *w;

	while (s < e) {
		for (w = s; s < e && *s != ' '; s++)
			;
		if (!((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >= 0xC0 ||
		    in_list(small, w, s)))
			return 0;
		while (s < e && *s == ' ')
			s++;
	}
	return 1;
}

/* A conference's name, the work of a paper (cite conference), not a
 * book's series: "International Conference on ...". */
static int
meeting(const char *s, const char *e)
{
	static const char *const words[] = {
		"Conference", "Conf.", "Proceedings", "Proc.", "Symposium",
		"Workshop", "Congress", "Meeting", "Colloquium", NULL
	};
	const char *at, *p;
	size_t i, n;

	/* whole words: "Congress", not "Congressional Research Service" */
	for (i = 0; words[i] != NULL; i++)
		for (p = s, n = strlen(words[i]); (at = find(p, e, words[i])) !=
		    NULL; p = at + 1)
			if (at + n == e || !(at[n] >= 'a' && at[n] <= 'z'))
				return 1;
	return 0;
}

/* Words that make a part a publisher's name, printed after the work:
 * "Oxford University Press", "Brill Publishers". */
static int
publisher_word(const char *s, const char *e)
{
	static const char *const words[] = {
		"Press", "Publishers", "Publishing", "Publications", "Books",
		"Verlag", "Institute", "Society", "Association", "Records",
		"Inc.", "Ltd", "Company", NULL
	};
	size_t i;

	for (i = 0; words[i] != NULL; i++)
		if (find(s, e, words[i]) != NULL)
			return 1;
	return 0;
}

/* Does a locator or identifier (or, when at_end, the end) follow, as
 * after a publisher: "Addison-Wesley. p. 492.", "Elsevier. 56: 73–108."? */
static int
locator_follows(const char *s, const char *end, int at_end)
{
	static const char *const starts_[] = {
		"p. ", "pp. ", "ISBN ", "ISSN ", "doi:", "Bibcode:", NULL
	};
	if (s >= end)
		return at_end;
	return starts_any(s, end, starts_) || volume_at(s, end);
}

/* A field read from [s, e) with its slot; the first of each only. */
static void
take(struct reader *r, enum slot sl, char **dst, const char *s,
    const char *e)
{
	if (*dst != NULL || s >= e || r->at[sl].s != NULL)
		return;
	*dst = xstrndup(s, (size_t)(e - s));
	place(r, sl, s, e);
}

/* Pages: "178", "87–88", "5, 9"; not "183 and p. 194". */
static int
page_text(const char *s, const char *e)
{
	if (s >= e || *s < '0' || *s > '9')
		return 0;
	for (; s < e; s++) {
		if ((*s >= '0' && *s <= '9') || *s == '-' || *s == ',' ||
		    *s == ' ')
			continue;
		if (starts(s, e, EN_DASH)) {
			s += 2;
			continue;
		}
		return 0;
	}
	return 1;
}

/* Names joined by words ("A. Amir and A. Turpin") are not the list the
 * editor column holds: they stay printed. */
static int
joined(const char *s, const char *e)
{
	return find(s, e, " and ") != NULL || find(s, e, " & ") != NULL;
}

/* The identifiers and locators that have columns: "ISBN 978-...",
 * "ISSN 0029-5973", "doi:10.2307/462185", "pp. 87–88", "In Katz, J. B
 * (ed.)", "36 (3/4): 54", "1: 18–23". Their values become fields; the
 * words around them stay printed. */
static void
read_locator(struct reader *r, const char *s, const char *e)
{
	struct cs1 *c = r->c;
	const char *p, *close;

	if (starts(s, e, "ISBN "))
		take(r, S_ISBN, &c->isbn, s + 5, e);
	else if (starts(s, e, "ISSN "))
		take(r, S_ISSN, &c->issn, s + 5, e);
	else if (starts(s, e, "doi:"))
		take(r, S_DOI, &c->doi, s + 4, e);
	else if (starts(s, e, "pp. ") && page_text(s + 4, e))
		take(r, S_PAGES, &c->pages, s + 4, e);
	else if (starts(s, e, "p. ") && page_text(s + 3, e))
		take(r, S_PAGES, &c->pages, s + 3, e);
	else if (starts(s, e, "Vol. ") && e - s > 5 && strspn(s + 5,
	    "0123456789") == (size_t)(e - s - 5))
		take(r, S_VOLUME, &c->volume, s + 5, e);
	else if (starts(s, e, "In ") && ends(s, e, " (ed.)") && !joined(s, e))
		take(r, S_EDITOR, &c->editor, s + 3, e - 6);
	else if (starts(s, e, "In ") && ends(s, e, " (eds.)") && !joined(s,
	    e))
		take(r, S_EDITOR, &c->editor, s + 3, e - 7);
	else {
		for (p = s; p < e && *p >= '0' && *p <= '9'; p++)
			;
		if (p == s || c->volume != NULL)
			return;
		if (starts(p, e, ": ") && page_text(p + 2, e)) {
			take(r, S_VOLUME, &c->volume, s, p);
			take(r, S_PAGES, &c->pages, p + 2, e);
		} else if (starts(p, e, " (") && (close = find(p, e,
		    "): ")) != NULL && close > p + 2 && page_text(close + 3,
		    e) && memchr(p + 2, '(', (size_t)(close - p - 2)) ==
		    NULL) {
			take(r, S_VOLUME, &c->volume, s, p);
			take(r, S_ISSUE, &c->issue, p + 2, close);
			take(r, S_PAGES, &c->pages, close + 3, e);
		}
	}
}

static void
read_tail(struct reader *r, const char *s, const char *end, int commas)
{
	struct cs1 *c = r->c;
	int later = 0;		/* past the date, archive or retrieved */
	int series = 0;		/* a book's source so far may be its series */

	while (s < end) {
		const char *e, *next, *via, *on;
		int was_series = series;

		series = 0;

		if (commas) {
			e = find(s, end, ", ");
			next = e ? e + 2 : end;
			if (e == NULL)
				e = end > s && end[-1] == '.' ? end - 1 : end;
		} else {
			e = part_end(s, end);
			next = e < end ? e + 1 : end;
			if (e < end && word_start(s, e) < e &&
			    (in_list(keep_period, word_start(s, e), e) ||
			    abbreviation(s, e, end)))
				e++;	/* "Inc.", "Computer Conf." */
		}
		while (next < end && *next == ' ')
			next++;
		if ((via = find(s, e, " " EN_DASH " via ")) != NULL)
			e = via;	/* "... – via Facebook": kept */
		if (starts(s, e, "Archived") && (on = find(s, e, " on ")) !=
		    NULL && find(s, on, "original") != NULL) {
			if (find(s, on, "(PDF)") != NULL && c->format == NULL)
				c->format = xstrdup("PDF");
			if (read_date(r, S_ARCHIVE, &c->archive_date, on + 4,
			    e) != 0)
				warn(c, "not an archive date", on + 4, e);
			later = 1;
		} else if (starts(s, e, "Retrieved ") || starts(s, e,
		    "retrieved ")) {
			if (read_date(r, S_ACCESS, &c->access_date, s + 10,
			    e) != 0)
				warn(c, "not a retrieval date", s + 10, e);
			later = 1;
		} else if (e - s == 3 && memcmp(s, "n.d", 3) == 0 &&
		    c->date == NULL) {
			note(c, CS1_NOTE_ND, "", 0, "");
			later = 1;
		} else if (identifier(s, e)) {
			read_locator(r, s, e);
		} else if (!r->quoted && (c->source == NULL || was_series) &&
		    roman(s, e)) {
			series = was_series;	/* a book's volume, "I": kept */
		} else if (r->artist) {
			r->artist = 0;	/* the artist of liner notes: kept */
		} else if (c->date == NULL && !later && read_date(r, S_DATE,
		    &c->date, s, e) == 0) {
			later = 1;
		} else if (!later && c->publisher == NULL && (c->source ==
		    NULL || (was_series && publisher_name(s, e)))) {
			const char *in = find(s, e, " (in ");
			int at_place = 0;

			if (in != NULL && e[-1] == ')') {
				set_lang(r, in + 5, e - 1);
				e = in;
			}
			/* "A Book (2nd ed.)": the edition stays printed */
			if (e[-1] == ')' && ends(s, e - 1, " ed.") &&
			    (in = find(s, e, " (")) != NULL)
				e = in;
			/* A book's "Boston, United States: Addison-Wesley":
			 * the place */
			if (!r->quoted && (in = find(s, e, ": ")) != NULL &&
			    place_name(s, in)) {
				take(r, S_PLACE, &c->place, s, in);
				s = in + 2;
				at_place = 1;
			}
			if (!r->quoted && publisher_name(s, e) &&
			    !meeting(s, e) && (at_place || was_series ||
			    publisher_word(s, e) || locator_follows(next, end,
			    1))) {
				/* A book's publisher; in "Title. Series.
				 * Publisher." the series stays printed */
				if (was_series) {
					free(c->source);
					c->source = NULL;
					r->at[S_SOURCE].s = NULL;
					r->at[S_SOURCE].n = 0;
				}
				take(r, S_PUBLISHER, &c->publisher, s, e);
			} else {
				free(c->source);
				c->source = xstrndup(s, (size_t)(e - s));
				place(r, S_SOURCE, s, e);
				series = !r->quoted && !was_series &&
				    !meeting(s, e);
			}
		} else if (!later && c->source != NULL && c->publisher ==
		    NULL && (on = find(s, e, ": ")) != NULL && place_name(s,
		    on) && publisher_name(on + 2, e)) {
			/* "Title". Work. Place: Publisher. */
			take(r, S_PLACE, &c->place, s, on);
			take(r, S_PUBLISHER, &c->publisher, on + 2, e);
		} else if (!later && c->source != NULL && c->publisher ==
		    NULL && publisher_name(s, e) && (publisher_word(s, e) ||
		    locator_follows(next, end, 0))) {
			/* "Title". Work. Publisher. */
			take(r, S_PUBLISHER, &c->publisher, s, e);
		}
		/* anything else (an agency, a quotation) stays in the line
		 * as printed */
		s = next;
	}
}

/* "Smith, John (2011). " before an unquoted title: where the title
 * starts, or NULL. */
static const char *
dated_authors(struct reader *r, const char *s, const char *end)
{
	const char *p, *open;

	/* Authors and a date are short: a long text is not searched */
	if (end - s > 2000)
		end = s + 2000;
	for (p = s; (p = find(p, end, "). ")) != NULL; p++) {
		for (open = p; open > s && !(open[-1] == '(' && open - 1 > s &&
		    open[-2] == ' '); open--)
			;
		if (open == s)
			continue;
		if (find(open, p, "(") != NULL)
			continue;
		if ((p - open == 4 && memcmp(open, "n.d.", 4) == 0) ||
		    read_date(r, S_DATE, &r->c->date, open, p) == 0) {
			if (p - open == 4 && memcmp(open, "n.d.", 4) == 0)
				note(r->c, CS1_NOTE_ND, "", 0, "");
			read_authors(r, s, open - 2);
			return p + 3;
		}
	}
	return NULL;
}

/* A shortened footnote (Wikipedia's {{sfn}} and the like), pointing to a
 * full reference of the list: "Beckerlegge, p. 178.", "Beevor 2012,
 * pp. 555–560.", "Quoted in Beckerlegge, p. 196.". The name is read as
 * the author's; 0 if s is not one. */
static int
shortened(struct reader *r, const char *s, const char *end)
{
	static const char *const leads[] = {
		"Quoted in ", "Cited in ", "See also ", "See ", NULL
	};
	static const char *const particles[] = {
		"van", "von", "der", "den", "de", "du", "da", "di", "la", "le",
		"del", "della", "dos", "das", "ten", "ter", "al", "el", "bin",
		"ibn", NULL
	};
	const char *name, *p, *w, *year = NULL, *ye = NULL;
	size_t i;
	int words = 0;

	if (end - s > 200 || memchr(s, '"', (size_t)(end - s)) != NULL)
		return 0;
	for (i = 0; leads[i] != NULL; i++)
		if (starts(s, end, leads[i])) {
			s += strlen(leads[i]);
			break;
		}
	for (name = p = s; p < end; ) {
		for (w = p; p < end && ((*p >= 'a' && *p <= 'z') || (*p >= 'A' &&
		    *p <= 'Z') || (unsigned char)*p >= 0x80 || *p == '-' ||
		    *p == '\''); p++)
			;
		if (p == w || !((*w >= 'A' && *w <= 'Z') || (unsigned char)*w >=
		    0xC0 || in_list(particles, w, p)) || ++words > 5)
			return 0;
		if (p < end && *p == ' ' && p + 1 < end && p[1] >= '0' &&
		    p[1] <= '9') {	/* "Beevor 2012" */
			year = p + 1;
			for (ye = year; ye < end && *ye >= '0' && *ye <= '9'; ye++)
				;
			if (ye - year != 4)
				return 0;
			if (ye < end && *ye >= 'a' && *ye <= 'z')
				ye++;	/* "2012a" */
			break;
		}
		if (p >= end || *p != ' ')
			break;
		p++;
	}
	w = year ? ye : p;
	if (!starts(w, end, ", p.") && !starts(w, end, ", pp."))
		return 0;
	r->c->authors = xstrndup(name, (size_t)((year ? year - 1 : p) - name));
	place(r, S_AUTHOR, name, year ? year - 1 : p);
	/* "2012a": the letter stays printed */
	if (year != NULL && read_date(r, S_DATE, &r->c->date, year, year + 4) !=
	    0)
		warn(r->c, "not a date", year, ye);
	r->c->shortened = 1;
	/* "p. 178.", "pp. 5–6.": the pages; "p. 183 and p. 194." stays
	 * printed */
	p = w + (starts(w, end, ", p. ") ? 5 : starts(w, end, ", pp. ") ? 6 :
	    0);
	ye = end > p && end[-1] == '.' ? end - 1 : end;
	if (p > w && page_text(p, ye))
		take(r, S_PAGES, &r->c->pages, p, ye);
	return 1;
}

static int
read_reference(struct reader *r, char *err, size_t errlen)
{
	struct cs1 *c = r->c;
	const char *s = r->base, *end = r->end, *q = NULL, *close, *p, *t;

	if ((starts(s, end, "http://") || starts(s, end, "https://")) &&
	    memchr(s, ' ', (size_t)(end - s)) == NULL) {
		c->url = xstrndup(s, (size_t)(end - s));
		place(r, S_URL, s, end);
		return 0;
	}
	if (shortened(r, s, end))
		return 0;
	/* The title's opening quote starts the text or follows ". " */
	for (p = s; p < end; p++)
		if (*p == '"' && (p == s || (p - s >= 2 && p[-1] == ' ' &&
		    p[-2] == '.'))) {
			q = p;
			break;
		}
	if (q == NULL) {
		/* A book or other unquoted title, perhaps after authors. */
		if ((t = dated_authors(r, s, end)) == NULL)
			t = s;
		p = t;
		while (p < end && !(p[0] == '.' && (p + 1 == end || p[1] == ' ')
		    && !abbreviation(t, p, end)) && !(p[0] == ' ' && p + 1 <
		    end && p[1] == '(') && !starts(p, end, ", retrieved "))
			p++;
		if (t == s && p == end) {
			c->title = xstrndup(s, (size_t)(end - s));
			note(c, CS1_NOTE_BARE, "", 0, "");
			return 0;
		}
		c->title = xstrndup(t, (size_t)(p - t));
		place(r, S_TITLE, t, p);
		p = read_after_title(r, p, end);
		if (starts(p, end, ", ")) {
			read_tail(r, p + 2, end, 1);
			return 0;
		}
		if (p < end && *p == '.')
			p++;
		while (p < end && *p == ' ')
			p++;
		read_tail(r, p, end, 0);
		return 0;
	}
	/* Authors (Date). or Authors. before the title */
	if (q > s) {
		const char *paren = NULL;

		for (p = s; p + 1 < q; p++)
			if (p[0] == ' ' && p[1] == '(')
				paren = p;
		if (paren != NULL && ends(s, q, "). ")) {
			const char *ds = paren + 2, *de = q - 3;

			read_authors(r, s, paren);
			if (de - ds == 4 && memcmp(ds, "n.d.", 4) == 0)
				note(c, CS1_NOTE_ND, "", 0, "");
			else if (read_date(r, S_DATE, &c->date, ds, de) != 0)
				warn(c, "not a date", ds, de);
		} else {
			read_authors(r, s, q - 2);	/* "Doe, Jane. " */
		}
	}
	if ((close = title_close(q, end)) == NULL) {
		snprintf(err, errlen, "the title's quotation mark is not closed");
		return -1;
	}
	r->quoted = 1;
	c->title = xstrndup(q + 1, (size_t)(close - q - 1));
	place(r, S_TITLE, q + 1, close);
	p = read_after_title(r, close + 1, end);
	if (starts(p, end, ", ")) {
		read_tail(r, p + 2, end, 1);
		return 0;
	}
	if (p < end && *p == '.')
		p++;
	while (p < end && *p == ' ')
		p++;
	read_tail(r, p, end, 0);
	return 0;
}

/* The phrase "Dates printed mdy" when the dates the reader placed share
 * one style other than dmy; -1 when they do not share one. */
static int
shared_style(const struct reader *r)
{
	static const enum slot dates[] = { S_DATE, S_ACCESS, S_ARCHIVE };
	int st = CS1_DMY, i;

	for (i = 0; i < 3; i++) {
		const char *iso;
		char text[128], other[128];

		if (r->at[dates[i]].s == NULL)
			continue;
		if (r->at[dates[i]].style < 0)
			return -1;
		iso = dates[i] == S_DATE ? r->c->date : dates[i] == S_ACCESS ?
		    r->c->access_date : r->c->archive_date;
		/* A year alone prints alike in every style. */
		cs1_date_style(iso, CS1_DMY, text, sizeof text);
		cs1_date_style(iso, CS1_MDY, other, sizeof other);
		if (strcmp(text, other) == 0)
			continue;
		if (st != CS1_DMY && r->at[dates[i]].style != st)
			return -1;
		st = r->at[dates[i]].style;
	}
	return st;
}

/* The line with its placed fields as placeholders. */
static void
template(const struct reader *r, struct buf *t)
{
	const char *p = r->base;
	int i;

	while (p < r->end) {
		int at = -1;

		for (i = 0; i < S__COUNT; i++)
			if (r->at[i].s == p && r->at[i].n > 0 && (at < 0 ||
			    r->at[i].n > r->at[at].n))
				at = i;
		if (at >= 0 && (at < S_DATE || at > S_ARCHIVE ||
		    r->at[at].style >= 0)) {
			buf_addc(t, '{');
			buf_adds(t, slot_names[at]);
			if (at >= S_DATE && at <= S_ARCHIVE &&
			    r->at[at].style != CS1_DMY) {
				buf_addc(t, ':');
				buf_adds(t, style_names[r->at[at].style]);
			}
			buf_addc(t, '}');
			p += r->at[at].n;
			continue;
		}
		if (*p == '{')
			buf_addc(t, '{');
		buf_addc(t, *p++);
	}
}

/* The fields by slot. */
static void
slot_fields(const struct cs1_fields *f, const char *v[S__COUNT])
{
	v[S_AUTHOR] = f->authors;
	v[S_TITLE] = f->title;
	v[S_SOURCE] = f->source;
	v[S_DATE] = f->date;
	v[S_ACCESS] = f->access_date;
	v[S_ARCHIVE] = f->archive_date;
	v[S_URL] = f->url;
	v[S_PUBLISHER] = f->publisher;
	v[S_PLACE] = f->place;
	v[S_DOI] = f->doi;
	v[S_ISBN] = f->isbn;
	v[S_ISSN] = f->issn;
	v[S_VOLUME] = f->volume;
	v[S_ISSUE] = f->issue;
	v[S_PAGES] = f->pages;
	v[S_EDITOR] = f->editor;
}

#define OR_EMPTY(s)	((s) ? (s) : "")

static void
fields_of(const struct cs1 *c, struct cs1_fields *f)
{
	f->authors = OR_EMPTY(c->authors);
	f->title = OR_EMPTY(c->title);
	f->source = OR_EMPTY(c->source);
	f->date = OR_EMPTY(c->date);
	f->access_date = OR_EMPTY(c->access_date);
	f->archive_date = OR_EMPTY(c->archive_date);
	f->url = OR_EMPTY(c->url);
	f->publisher = OR_EMPTY(c->publisher);
	f->place = OR_EMPTY(c->place);
	f->doi = OR_EMPTY(c->doi);
	f->isbn = OR_EMPTY(c->isbn);
	f->issn = OR_EMPTY(c->issn);
	f->volume = OR_EMPTY(c->volume);
	f->issue = OR_EMPTY(c->issue);
	f->pages = OR_EMPTY(c->pages);
	f->editor = OR_EMPTY(c->editor);
	f->lang = c->lang ? c->lang : "";
	f->url_status = "";
	f->format = c->format ? c->format : "";
	f->note = c->note.s ? c->note.s : "";
}

int
cs1_parse(const char *text, size_t n, struct cs1 *c, char *err,
    size_t errlen)
{
	const char *s = text, *end = text + n;
	struct reader r;
	struct cs1_fields f;
	struct buf back = { NULL, 0, 0 };
	int letters = 0, st;

	memset(c, 0, sizeof *c);
	memset(&r, 0, sizeof r);
	r.c = c;
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		end--;
	if (s == end) {
		note(c, CS1_NOTE_EMPTY, "", 0, "");
		return 0;
	}
	text = s;
	n = (size_t)(end - s);
	/* "a b c ": the letters of a reference cited three times */
	while (end - s > 2 && s[0] == 'a' + letters && s[1] == ' ' &&
	    letters < 26)
		letters++, s += 2;
	if (letters == 1)
		letters = 0, s -= 2;	/* a title starting "a " */
	if (letters > 0) {
		char num[32];

		snprintf(num, sizeof num, "%d times", letters);
		note(c, CS1_NOTE_CITED, num, strlen(num), "");
	}
	if (ends(s, end, "[permanent dead link]")) {
		c->dead = 1;
		end -= strlen("[permanent dead link]");
	} else if (ends(s, end, "[dead link]")) {
		c->dead = 1;
		end -= strlen("[dead link]");
		note(c, CS1_NOTE_DEADLINK, "", 0, "");
	}
	r.base = s;
	r.end = end;
	if (read_reference(&r, err, errlen) != 0)
		return -1;
	if ((st = shared_style(&r)) > CS1_DMY)
		note(c, CS1_NOTE_DATES, style_names[st], strlen(style_names[st]),
		    "");
	/* Printed as the fields print it? If not, keep the line. */
	fields_of(c, &f);
	if (c->dead)
		f.url_status = "dead";
	cs1_render(&back, &f);
	buf_adds(&back, "");
	if (back.len != n || memcmp(back.s, text, n) != 0) {
		struct buf t = { NULL, 0, 0 };

		buf_adds(&t, "");
		template(&r, &t);
		note(c, CS1_NOTE_TEMPLATE, t.s, t.len, "");
		buf_free(&t);
		back.len = 0;
		fields_of(c, &f);
		if (c->dead)
			f.url_status = "dead";
		cs1_render(&back, &f);
		buf_adds(&back, "");
		if (back.len != n || memcmp(back.s, text, n) != 0)
			warn(c, "printed back differently", text, text + n);
	}
	buf_free(&back);
	return 0;
}

void
cs1_free(struct cs1 *c)
{
	free(c->authors);
	free(c->title);
	free(c->source);
	free(c->date);
	free(c->access_date);
	free(c->archive_date);
	free(c->format);
	free(c->lang);
	free(c->url);
	free(c->publisher);
	free(c->place);
	free(c->doi);
	free(c->isbn);
	free(c->issn);
	free(c->volume);
	free(c->issue);
	free(c->pages);
	free(c->editor);
	buf_free(&c->note);
	buf_free(&c->warn);
}

/* ---- writing ---- */

/* How much of the note is phrases: the template, last, is not searched. */
static size_t
head_len(const char *note)
{
	const char *t = note ? strstr(note, CS1_NOTE_TEMPLATE) : NULL;

	return note == NULL ? 0 : t ? (size_t)(t - note) : strlen(note);
}

static const char *
has_note(const char *note, const char *phrase)
{
	const char *p = note ? strstr(note, phrase) : NULL;

	return p != NULL && (size_t)(p - note) < head_len(note) ? p : NULL;
}

static void
add_date(struct buf *b, const char *iso, int style)
{
	char text[128];

	if (cs1_date_style(iso, (enum cs1_style)style, text, sizeof text) == 0
	    || cs1_date_text(iso, text, sizeof text) == 0)
		buf_adds(b, text);
	else
		buf_adds(b, iso);	/* not a date: as it is */
}

/* Expands "{title}", "{date:mdy}"; "{{" is a brace. */
static void
expand(struct buf *b, const char *t, const struct cs1_fields *f)
{
	const char *v[S__COUNT];

	slot_fields(f, v);
	while (*t) {
		const char *close, *colon;
		int i, found = -1, st = CS1_DMY;
		size_t plain = strcspn(t, "{");

		if (plain > 0) {
			buf_add(b, t, plain);
			t += plain;
			continue;
		}
		if (t[1] == '{') {
			buf_addc(b, '{');
			t += 2;
			continue;
		}
		if ((close = strchr(t, '}')) == NULL || close - t > 32) {
			buf_addc(b, *t++);
			continue;
		}
		colon = memchr(t, ':', (size_t)(close - t));
		for (i = 0; i < S__COUNT; i++)
			if (strlen(slot_names[i]) == (size_t)((colon ? colon :
			    close) - t - 1) && memcmp(t + 1, slot_names[i],
			    strlen(slot_names[i])) == 0)
				found = i;
		if (colon != NULL && (st = style_named(colon + 1, (size_t)(close -
		    colon - 1))) < 0)
			found = -1;
		if (found < 0) {
			buf_addc(b, *t++);
			continue;
		}
		if (found >= S_DATE && found <= S_ARCHIVE)
			add_date(b, v[found], st);
		else if (v[found] != NULL)
			buf_adds(b, v[found]);
		t = close + 1;
	}
}

void
cs1_render(struct buf *b, const struct cs1_fields *f)
{
	const char *note = f->note, *printed, *cited, *tmpl, *dates;
	int dead = strcmp(f->url_status, "dead") == 0, st = CS1_DMY;

	if (has_note(note, CS1_NOTE_EMPTY))
		return;
	if ((cited = has_note(note, CS1_NOTE_CITED)) != NULL) {
		int i, k = atoi(cited + strlen(CS1_NOTE_CITED));

		for (i = 0; i < k && i < 26; i++) {
			buf_addc(b, (char)('a' + i));
			buf_addc(b, ' ');
		}
	}
	if ((dates = has_note(note, CS1_NOTE_DATES)) != NULL) {
		const char *s = dates + strlen(CS1_NOTE_DATES);

		if ((st = style_named(s, strcspn(s, ";"))) < 0)
			st = CS1_DMY;
	}
	tmpl = note ? strstr(note, CS1_NOTE_TEMPLATE) : NULL;
	if (tmpl != NULL) {
		expand(b, tmpl + strlen(CS1_NOTE_TEMPLATE), f);
		goto end;
	}
	printed = has_note(note, CS1_NOTE_AUTHORS);
	if (has_note(note, CS1_NOTE_BARE)) {
		buf_adds(b, f->title);
		goto end;
	}
	if (*f->authors) {
		if (printed != NULL) {
			const char *s = printed + strlen(CS1_NOTE_AUTHORS);
			const char *e = strchr(s, '"');

			buf_add(b, s, e ? (size_t)(e - s) : strlen(s));
		} else {
			buf_adds(b, f->authors);
		}
		if (*f->date) {
			buf_adds(b, " (");
			add_date(b, f->date, st);
			buf_adds(b, ")");
		} else if (has_note(note, CS1_NOTE_ND)) {
			buf_adds(b, " (n.d.)");
		}
		buf_adds(b, ". ");
	}
	buf_addc(b, '"');
	buf_adds(b, f->title);
	buf_addc(b, '"');
	if (*f->format) {
		buf_adds(b, " (");
		buf_adds(b, f->format);
		buf_adds(b, ")");
	}
	if (has_note(note, CS1_NOTE_STATED) && lang_name(f->lang) != NULL) {
		const char *name = lang_name(f->lang);

		buf_adds(b, " (in ");
		buf_add(b, name, strcspn(name, ";,("));
		buf_adds(b, ")");
	}
	buf_addc(b, '.');
	if (*f->source) {
		buf_addc(b, ' ');
		buf_adds(b, f->source);
		buf_addc(b, '.');
	}
	if (*f->date && !*f->authors) {
		buf_addc(b, ' ');
		add_date(b, f->date, st);
		buf_addc(b, '.');
	} else if (!*f->authors && has_note(note, CS1_NOTE_ND)) {
		buf_adds(b, " n.d.");
	}
	if (*f->archive_date) {
		buf_adds(b, " Archived from the original on ");
		add_date(b, f->archive_date, st);
		buf_addc(b, '.');
	}
	if (*f->access_date) {
		buf_adds(b, " Retrieved ");
		add_date(b, f->access_date, st);
		buf_addc(b, '.');
	}
end:
	if (dead)
		buf_adds(b, has_note(note, CS1_NOTE_DEADLINK) ? "[dead link]" :
		    "[permanent dead link]");
}
