/* RIS, EndNote (tagged), MEDLINE/PubMed (.nbib) and ISI/Web of Science
 * inputs, read by bibutils.
 *
 * The file is cut into its records here, as bibutils cuts them (it tells
 * no line), and bibutils reads one record at a time: so a record's line
 * is known, one bad record is told and skipped, and bibutils does not
 * make keys unique across records (--check tells duplicate ids). Each
 * record comes back as bibutils' own fields, MODS-like tags at a level
 * (0 the work, 1 its host: the journal or the book, 2 the series); those
 * become a row of citeq's roles, named as in_bibtex.c names them, and the
 * other fields keep their names (lower case, "host_" or "series_" before
 * the name of a field of the host or the series).
 *
 * bibutils' own initialization (bibl_initparams) has no case for ISI: each
 * format's *in_initparams() is called instead. Where bibutils loses what
 * a record holds, the record is given to it changed (names and ISBNs in
 * RIS) or a line is read here (DOIs, URLs): see below. bibutils prints on
 * stderr (a type it does not know): caught, and told as citeq's own. */
#include "in.h"

#include <bibutils/bibutils.h>
#include <bibutils/bibformats.h>
#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cite.h"
#include "date.h"
#include "display.h"
#include "errcatch.h"
#include "lang.h"
#include "mend.h"
#include "strmap.h"
#include "xalloc.h"

/* Where bibutils and RIS differ, what bibutils reads of a RIS name is
 * changed, and changed back in the row:
 * - bibutils splits a name at the word "and" (BibTeX's rule; RIS has one
 *   name a line: "Truth and Reconciliation Commission"): the spaces
 *   around it are PROTECT;
 * - "|" separates the parts of a name in bibutils: it is BAR;
 * - bibutils keeps one of two equal names (two authors "Liu, H."): the
 *   second and later are marked by AGAIN and their number in base 12,
 *   in the bytes DIGIT0 to DIGIT0 + 11 (bibutils may split the mark into
 *   parts of the name, so every one of these bytes goes). */
#define PROTECT	'\x1f'
#define BAR	'\x1d'
#define AGAIN	'\x1e'
#define DIGIT0	'\x10'
#define IS_MARK(c)	((c) == AGAIN || ((c) >= DIGIT0 && (c) < DIGIT0 + 12))

struct format {
	enum in_format f;
	int (*init)(param *, const char *);
	const char *start;	/* a line that starts a record */
	const char *end;	/* a line that ends one, or NULL */
	const char *key;	/* the line of the record's own key, or NULL */
	const char *label;	/* the format, in messages */
	/* Lines read here, not by bibutils, and their columns: bibutils
	 * drops a DOI whose registrant has more than four digits
	 * (10.12345/x), every EndNote %R, and a URL with a DOI in it
	 * (turned into the DOI or dropped) */
	const char *raw[4][2];
};

static const struct format formats[] = {
	{ IN_RIS, risin_initparams, "TY  - ", "ER  -", "ID  - ", "RIS",
	    { { "DO  -", "doi" }, { "DI  -", "doi" }, { "UR  -", "url" },
	    { NULL, NULL } } },
	{ IN_ENDNOTE, endin_initparams, "%0 ", NULL, "%F ", "EndNote",
	    { { "%R ", "doi" }, { "%U ", "url" }, { NULL, NULL } } },
	{ IN_MEDLINE, nbibin_initparams, "PMID-", NULL, NULL,
	    "MEDLINE", { { NULL, NULL } } },
	{ IN_ISI, isiin_initparams, "PT ", "ER", NULL,
	    "ISI", { { NULL, NULL } } },
};

/* ---- lines ---- */

struct line {
	const char *s;		/* without its line end */
	size_t n;
	unsigned long no;
};

/* The line at *p (moved past it); 0 at the end. A line ends at LF, CR LF
 * or a CR alone (old Macintosh files), as bibutils' own reading ends it:
 * a tag after a CR alone is a new line to bibutils, and its MEDLINE reader
 * looped for ever on a "PMID-" there in the middle of what citeq took for
 * one record. */
static int
next_line(const char **p, const char *end, struct line *l)
{
	const char *nl, *cr;

	if (*p >= end)
		return 0;
	l->s = *p;
	if ((nl = memchr(*p, '\n', (size_t)(end - *p))) == NULL)
		nl = end;
	if ((cr = memchr(*p, '\r', (size_t)(nl - *p))) != NULL &&
	    cr + 1 < nl)
		nl = cr;	/* a CR alone */
	l->n = (size_t)(nl - *p);
	if (l->n > 0 && l->s[l->n - 1] == '\r')
		l->n--;
	/* a byte order mark at a line's start is none of its text (files
	 * joined with cat); bibutils' EndNote reader looped for ever on one
	 * after a blank line */
	while (l->n >= 3 && memcmp(l->s, "\xef\xbb\xbf", 3) == 0) {
		l->s += 3;
		l->n -= 3;
	}
	*p = nl < end ? nl + 1 : end;
	l->no++;
	return 1;
}

static int
starts(const struct line *l, const char *with)
{
	size_t k = strlen(with);

	return l->n >= k && memcmp(l->s, with, k) == 0;
}

/* A tag of ISI or EndNote at the start of a line, alone: "ER", "EF". */
static int
is_tag_line(const struct line *l, const char *tag)
{
	size_t k = strlen(tag), i;

	if (l->n < k || memcmp(l->s, tag, k) != 0)
		return 0;
	for (i = k; i < l->n; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t' && l->s[i] != '-')
			return 0;
	return 1;
}

static int
is_blank(const struct line *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (l->s[i] != ' ' && l->s[i] != '\t')
			return 0;
	return 1;
}

/* An EndNote tag: "%" and a letter, a digit or one of bibutils' others,
 * then a space. */
static int
is_endnote_tag(const struct line *l)
{
	return l->n >= 3 && l->s[0] == '%' && l->s[2] == ' ' &&
	    (isalnum((unsigned char)l->s[1]) ||
	    strchr("!@#$^&*()+=?[~>", l->s[1]) != NULL);
}

/* Does this line start a record? "TY   - " too (bibutils reads it). */
static int
starts_record(const struct format *fm, const struct line *l, int after_blank)
{
	if (fm->f == IN_RIS)
		return starts(l, "TY  - ") || starts(l, "TY   - ");
	if (fm->f == IN_ENDNOTE)
		return is_endnote_tag(l) && (after_blank || starts(l, "%0 "));
	if (fm->f == IN_ISI)
		return starts(l, "PT ");
	return starts(l, fm->start);
}

/* ---- names ---- */

/* The length of the tag before a name of the line (one name a line), or 0
 * if the line holds none. ISI's AU and AF go on in lines that start with
 * spaces (*names says the last tag was one of them). */
static size_t
name_tag(const struct format *fm, const struct line *l, int *names)
{
	static const char *const ris[] = { "AU  - ", "A1  - ", "A2  - ",
		"A3  - ", "A4  - ", "ED  - ", NULL };
	static const char *const endnote[] = { "%A ", "%E ", "%Y ", "%? ",
		NULL };
	static const char *const nbib[] = { "FAU - ", "AU  - ", "FED - ",
		"ED  - ", NULL };
	static const char *const isi[] = { "AU ", "AF ", NULL };
	const char *const *tags = fm->f == IN_RIS ? ris : fm->f == IN_ENDNOTE ?
	    endnote : fm->f == IN_MEDLINE ? nbib : isi;
	size_t i, k;

	if (fm->f == IN_ISI && *names && l->n > 0 && l->s[0] == ' ') {
		for (k = 0; k < l->n && l->s[k] == ' '; k++)
			;
		return k;
	}
	if (fm->f == IN_ISI && l->n > 0 && l->s[0] != ' ')
		*names = 0;
	for (i = 0; tags[i] != NULL; i++)
		if (starts(l, tags[i])) {
			*names = fm->f == IN_ISI;
			return strlen(tags[i]);
		}
	return 0;
}

/* A name, the word "and" in it protected, into b; *literal: it is not a
 * person's name, and is kept whole. In RIS, a name without a comma (as
 * Zotero writes an institution) or with more commas than a person's
 * name has (as cite_people() reads it); in EndNote, a name that ends in
 * its only comma (EndNote's institution, given without it, as bibutils
 * would split it at commas). */
static void
one_name(enum in_format f, const char *s, size_t n, struct buf *b,
    int *literal)
{
	const char *p = s, *e = s + n, *c1, *c2, *end;
	size_t start = b->len, w;
	int and, was_and = 0, trailing = 0;

	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	if (f == IN_ENDNOTE && e > p && e[-1] == ',' &&
	    memchr(p, ',', (size_t)(e - p - 1)) == NULL) {
		trailing = 1;
		e--;
	}
	/* words one space apart, as bibutils joins them */
	while (p < e) {
		while (p < e && (*p == ' ' || *p == '\t'))
			p++;
		for (w = 0; p + w < e && p[w] != ' ' && p[w] != '\t'; w++)
			;
		if (w == 0)
			break;
		and = w == 3 && strncasecmp(p, "and", 3) == 0;
		if (b->len > start)
			buf_addc(b, and || was_and ? PROTECT : ' ');
		for (; w > 0; w--, p++)
			buf_addc(b, *p == '|' ? BAR : *p);
		was_and = and;
	}
	buf_add(b, "", 0);
	end = b->s + b->len;
	c1 = memchr(b->s + start, ',', b->len - start);
	c2 = c1 != NULL ? memchr(c1 + 1, ',', (size_t)(end - c1 - 1)) : NULL;
	if (f == IN_RIS)
		*literal = c1 == NULL || (c2 != NULL && (memchr(c2 + 1, ',',
		    (size_t)(end - c2 - 1)) != NULL ||
		    !cite_is_suffix(c2 + 1, (size_t)(end - c2 - 1))));
	else
		*literal = trailing;
}

/* ---- a record read ---- */

struct rec {
	fields *f;
	unsigned char *used;	/* per field: in a role's column */
	const struct format *fm;
	int has_key;		/* the record names its own key */
};

static const char *
tag_of(const struct rec *r, int i)
{
	return fields_tag(r->f, i, FIELDS_CHRP_NOUSE);
}

static const char *
value_of(const struct rec *r, int i)
{
	return fields_value(r->f, i, FIELDS_CHRP_NOUSE);
}

/* The first field tagged tag at level (LEVEL_ANY: any) not used yet,
 * marked as used; -1 if none. */
static int
find(struct rec *r, const char *tag, int level)
{
	int i, n = fields_num(r->f);

	for (i = 0; i < n; i++)
		if (!r->used[i] && strcmp(tag_of(r, i), tag) == 0 &&
		    (level == LEVEL_ANY || fields_level(r->f, i) == level) &&
		    *value_of(r, i) != '\0') {
			r->used[i] = 1;
			return i;
		}
	return -1;
}

/* Is there a field tagged tag at level with this value (any case)? */
static int
has(const struct rec *r, const char *tag, int level, const char *value)
{
	int i, n = fields_num(r->f);

	for (i = 0; i < n; i++)
		if (strcmp(tag_of(r, i), tag) == 0 &&
		    (level == LEVEL_ANY || fields_level(r->f, i) == level) &&
		    strcasecmp(value_of(r, i), value) == 0)
			return 1;
	return 0;
}

/* A name as RIS had it: PROTECT, BAR and the marks undone. Malloc'd. */
static char *
undone(const char *v)
{
	char *copy = xstrdup(v), *p, *q;

	for (p = q = copy; *p != '\0'; p++) {
		if (IS_MARK(*p))
			continue;
		*q++ = *p == PROTECT ? ' ' : *p == BAR ? '|' : *p;
	}
	*q = '\0';
	return copy;
}

static void
set(struct in_table *t, const char *col, const char *v)
{
	if (v != NULL && *v != '\0')
		in_table_set(t, col, v, strlen(v));
}

/* The first of tags (NULL-ended) found at level, into col. */
static int
take(struct rec *r, struct in_table *t, const char *col, int level, ...)
{
	va_list ap;
	const char *tag;
	int i = -1;

	if (in_table_get(t, col) != NULL)
		return 0;
	va_start(ap, level);
	while (i < 0 && (tag = va_arg(ap, const char *)) != NULL)
		i = find(r, tag, level);
	va_end(ap);
	if (i < 0)
		return 0;
	set(t, col, value_of(r, i));
	return 1;
}

/* Every field tagged tag (at any level), joined by "; ", into col. */
static void
take_all(struct rec *r, struct in_table *t, const char *col,
    const char *tag)
{
	struct buf b = { NULL, 0, 0 };
	int i;

	if (in_table_get(t, col) != NULL)
		return;
	while ((i = find(r, tag, LEVEL_ANY)) >= 0) {
		if (b.len > 0)
			buf_adds(&b, "; ");
		buf_adds(&b, value_of(r, i));
	}
	if (b.len > 0) {
		buf_add(&b, "", 0);
		set(t, col, b.s);
	}
	free(b.s);
}

/* Is p[0, n) one character, a letter: an initial? */
static int
is_initial(const char *p, size_t n)
{
	size_t i;

	if (n == 1)
		return isalpha((unsigned char)p[0]);
	if (n < 2 || n > 4 || ((unsigned char)p[0] & 0xc0) != 0xc0)
		return 0;
	for (i = 1; i < n; i++)
		if (((unsigned char)p[i] & 0xc0) != 0x80)
			return 0;
	return 1;
}

/* A name as bibutils keeps it, "Family|Given|Given||Suffix", as citeq's
 * "Family, Suffix, Given Given" (one letter is an initial: "J.", as
 * bibutils drops the period); a literal name as it is. */
static void
add_name(struct buf *b, const char *name, int literal)
{
	struct buf one = { NULL, 0, 0 };
	const char *p, *bar, *suffix;
	char *v, *q, *text;
	size_t n;
	int given = 0;

	/* the marks of names met again go first */
	v = xstrdup(name);
	for (p = q = v; *p != '\0'; p++)
		if (!IS_MARK(*p))
			*q++ = *p;
	*q = '\0';
	if (literal) {
		buf_adds(&one, v);
	} else {
		suffix = strstr(v, "||");
		bar = strchr(v, '|');
		n = bar != NULL ? (size_t)(bar - v) : strlen(v);
		buf_add(&one, v, n);
		if (suffix != NULL && suffix[2] != '\0') {
			buf_adds(&one, ", ");
			buf_adds(&one, suffix + 2);
		}
		for (p = bar; p != NULL && p != suffix; p = bar) {
			p++;
			bar = strchr(p, '|');
			n = bar != NULL ? (size_t)(bar - p) : strlen(p);
			/* "Smith, John, Jr." leaves "John," */
			while (n > 0 && p[n - 1] == ',')
				n--;
			if (n == 0)
				continue;
			buf_adds(&one, given++ ? " " : ", ");
			buf_add(&one, p, n);
			if (is_initial(p, n))
				buf_addc(&one, '.');
		}
	}
	buf_add(&one, "", 0);
	text = undone(one.s);
	if (*text != '\0') {
		if (b->len > 0)
			buf_adds(b, "; ");
		buf_adds(b, text);
	}
	free(text);
	free(one.s);
	free(v);
}

/* The people of a role: who (AUTHOR, EDITOR) at a level, as a person,
 * an institution (":CORP") or a name kept whole (":ASIS"), in order. */
static void
people(struct rec *r, struct buf *b, const char *who, int minlevel)
{
	int i, n = fields_num(r->f), level;
	size_t k = strlen(who);
	const char *tag;

	for (i = 0; i < n; i++) {
		tag = tag_of(r, i);
		level = fields_level(r->f, i);
		if (r->used[i] || strncmp(tag, who, k) != 0 ||
		    (tag[k] != '\0' && strcmp(tag + k, ":CORP") != 0 &&
		    strcmp(tag + k, ":ASIS") != 0) || level < minlevel ||
		    (minlevel == 0 && level != 0) || *value_of(r, i) == '\0')
			continue;
		r->used[i] = 1;
		add_name(b, value_of(r, i), tag[k] != '\0');
	}
}

static void
set_people(struct rec *r, struct in_table *t)
{
	struct buf b = { NULL, 0, 0 };

	people(r, &b, "AUTHOR", 0);
	if (b.len > 0) {
		buf_add(&b, "", 0);
		set(t, "author", b.s);
	}
	b.len = 0;
	/* editors at any level; the host's or the series' authors (RIS's
	 * A2 and A3: the editors of the book a chapter is in) */
	people(r, &b, "EDITOR", LEVEL_ANY);
	people(r, &b, "AUTHOR", 1);
	if (b.len > 0) {
		buf_add(&b, "", 0);
		set(t, "editor", b.s);
	}
	free(b.s);
}

/* ---- dates ---- */

/* "2019/07/05/", "2019-07-05", "2019/07" as ISO 8601 into out; 0 if it
 * is not such a date. */
static int
iso_date(const char *s, char *out, size_t len)
{
	long y, m = 0, d = 0;
	char *end;

	if (strspn(s, "0123456789") != 4 || (s[4] != '/' && s[4] != '-'))
		return 0;
	y = strtol(s, &end, 10);
	if (*end != '\0' && end[1] != '\0' && isdigit((unsigned char)end[1]))
		m = strtol(end + 1, &end, 10);
	if (m > 0 && *end != '\0' && isdigit((unsigned char)end[1]))
		d = strtol(end + 1, &end, 10);
	if (*end != '\0' && strspn(end, "/") != strlen(end))
		return 0;
	if (m < 1 || m > 12)
		snprintf(out, len, "%04ld", y);
	else if (d < 1 || d > 31)
		snprintf(out, len, "%04ld-%02ld", y, m);
	else
		snprintf(out, len, "%04ld-%02ld-%02ld", y, m, d);
	return 1;
}

/* A date of the record: prefix (DATE, PARTDATE) at level, as ISO 8601
 * (or the year as written); the number of its parts, 0 if none. RIS's Y2
 * (the access date) comes from bibutils as a whole date in :MONTH: that
 * is the access date of a RIS record, and the date of the others. */
static int
date_of(struct rec *r, struct in_table *t, const char *prefix, int level,
    char *out, size_t len)
{
	char tag[32], full[32];
	const char *y = NULL, *mo = NULL, *d = NULL, *v;
	int i, n = fields_num(r->f), parts = 0, m, day;

	for (i = 0; i < n; i++) {
		if (r->used[i] || fields_level(r->f, i) != level)
			continue;
		v = value_of(r, i);
		snprintf(tag, sizeof tag, "%s:MONTH", prefix);
		if (strcmp(tag_of(r, i), tag) == 0 && iso_date(v, full,
		    sizeof full)) {
			r->used[i] = 1;
			if (r->fm->f == IN_RIS)
				set(t, "access_date", full);
			else if (y == NULL) {
				snprintf(out, len, "%s", full);
				return 3;
			}
			continue;
		}
		if (strcmp(tag_of(r, i), tag) == 0 && mo == NULL)
			mo = v;
		snprintf(tag, sizeof tag, "%s:YEAR", prefix);
		if (strcmp(tag_of(r, i), tag) == 0 && y == NULL)
			y = v;
		snprintf(tag, sizeof tag, "%s:DAY", prefix);
		if (strcmp(tag_of(r, i), tag) == 0 && d == NULL)
			d = v;
	}
	if (y == NULL)
		return 0;
	m = mo != NULL ? date_month_number(mo) : 0;
	day = d != NULL ? atoi(d) : 0;
	if (strlen(y) == 4 && strspn(y, "0123456789") == 4 && m > 0) {
		parts = day >= 1 && day <= 31 ? 3 : 2;
		if (parts == 3)
			snprintf(out, len, "%s-%02d-%02d", y, m, day);
		else
			snprintf(out, len, "%s-%02d", y, m);
	} else {
		parts = 1;
		snprintf(out, len, "%s", y);
	}
	return parts;
}

/* The date with the most parts: of the work (DATE or PARTDATE, as
 * bibutils names RIS's DA and PY), or of its host (a chapter's year). */
static void
set_date(struct rec *r, struct in_table *t)
{
	static const struct {
		const char *prefix;
		int level;
	} where[] = { { "DATE", 0 }, { "PARTDATE", 0 }, { "DATE", 1 },
	    { "PARTDATE", 1 } };
	char best[64] = "", one[64];
	int i, n = fields_num(r->f), parts, most = 0;
	size_t k;

	for (k = 0; k < sizeof where / sizeof where[0]; k++) {
		parts = date_of(r, t, where[k].prefix, where[k].level, one,
		    sizeof one);
		if (parts > most) {
			most = parts;
			snprintf(best, sizeof best, "%s", one);
		}
	}
	/* the parts of the dates, all read */
	for (i = 0; i < n; i++)
		if (fields_level(r->f, i) <= 1 &&
		    (strncmp(tag_of(r, i), "DATE:", 5) == 0 ||
		    strncmp(tag_of(r, i), "PARTDATE:", 9) == 0) &&
		    strstr(tag_of(r, i), ":OTHER") == NULL)
			r->used[i] = 1;
	set(t, "date", best);
	for (k = 0; k < 2; k++) {
		const char *tags[] = { "URLDATE", "ACCESSDATE" };

		if ((i = find(r, tags[k], LEVEL_ANY)) < 0)
			continue;
		if (iso_date(value_of(r, i), one, sizeof one))
			set(t, "access_date", one);
		else
			set(t, "access_date", value_of(r, i));
	}
}

/* ---- the row ---- */

/* The type as citeq's type column names it (cite_work's names), from
 * bibutils' genres; else the genre itself, or the type bibutils did not
 * know (told on stderr, unknown). */
static void
set_type(struct rec *r, struct in_table *t, const char *unknown)
{
	static const char *const genres[] = { "GENRE:BIBUTILS", "GENRE:MARC",
		"GENRE:UNKNOWN", NULL };
	const char *type = NULL;
	int i, n = fields_num(r->f);
	size_t k;

	if (has(r, "INTERNAL_TYPE", 0, "PROCEEDINGS"))
		type = "book";
	else if (has(r, "GENRE:BIBUTILS", 1, "magazine"))
		type = "magazineArticle";
	else if (has(r, "INTERNAL_TYPE", 0, "NEWSARTICLE") ||
	    has(r, "GENRE:MARC", 1, "newspaper"))
		type = "newspaperArticle";
	else if (has(r, "INTERNAL_TYPE", 0, "CONFERENCE") ||
	    has(r, "INTERNAL_TYPE", 0, "INPROCEEDINGS") ||
	    has(r, "GENRE:MARC", 1, "conference publication"))
		type = "conferencePaper";
	else if (has(r, "GENRE:BIBUTILS", 0, "book chapter") ||
	    has(r, "INTERNAL_TYPE", 0, "INBOOK") ||
	    has(r, "INTERNAL_TYPE", 0, "INCOLLECTION"))
		type = "bookSection";
	else if (has(r, "GENRE:BIBUTILS", 0, "journal article") ||
	    has(r, "INTERNAL_TYPE", 0, "ARTICLE"))
		type = "journalArticle";
	else if (has(r, "GENRE:MARC", 0, "web page") ||
	    has(r, "GENRE:MARC", 0, "web site") ||
	    has(r, "GENRE:MARC", 0, "electronic") ||
	    has(r, "INTERNAL_TYPE", 0, "WEBPAGE"))
		type = "webpage";
	else if (has(r, "GENRE:MARC", 0, "book") ||
	    has(r, "INTERNAL_TYPE", 0, "BOOK"))
		type = "book";
	if (unknown != NULL && *unknown != '\0')
		type = unknown;
	for (k = 0; type == NULL && genres[k] != NULL; k++)
		for (i = 0; i < n && type == NULL; i++)
			if (fields_level(r->f, i) == 0 &&
			    strcmp(tag_of(r, i), genres[k]) == 0)
				type = value_of(r, i);
	set(t, "type", type);
	/* bibutils' bookkeeping, said by the type */
	for (i = 0; i < n; i++)
		if (strcmp(tag_of(r, i), "INTERNAL_TYPE") == 0 ||
		    strcmp(tag_of(r, i), "ISSUANCE") == 0 ||
		    strcmp(tag_of(r, i), "RESOURCE") == 0 ||
		    strcmp(tag_of(r, i), "GENRE:BIBUTILS") == 0 ||
		    strcmp(tag_of(r, i), "GENRE:MARC") == 0)
			r->used[i] = 1;
}

/* title and subtitle at level, as "Title: Subtitle" */
static char *
titled(struct rec *r, const char *tag, const char *subtag, int level)
{
	int i = find(r, tag, level), s;
	const char *v;
	char *both;
	size_t n;

	if (i < 0)
		return NULL;
	v = value_of(r, i);
	if ((s = find(r, subtag, level)) < 0)
		return xstrdup(v);
	n = strlen(v) + strlen(value_of(r, s)) + 3;
	both = xmalloc(n);
	snprintf(both, n, "%s%s %s", v, strchr(".?!:", v[strlen(v) - 1]) !=
	    NULL ? "" : ":", value_of(r, s));
	return both;
}

static void
set_titles(struct rec *r, struct in_table *t)
{
	char *v;
	int monograph = has(r, "GENRE:MARC", 0, "book") ||
	    has(r, "ISSUANCE", 0, "monographic") ||
	    has(r, "INTERNAL_TYPE", 0, "BOOK");

	if ((v = titled(r, "TITLE", "SUBTITLE", 0)) == NULL)
		v = titled(r, "SHORTTITLE", "SHORTSUBTITLE", 0);
	set(t, "title", v);
	free(v);
	/* The source is the host's title (RIS's T2 comes as a short title:
	 * of the host, or of the series in a chapter or a paper); a book's
	 * host is its series. */
	if (monograph)
		v = NULL;
	else if ((v = titled(r, "TITLE", "SUBTITLE", 1)) == NULL &&
	    (v = titled(r, "SHORTTITLE", "SHORTSUBTITLE", 1)) == NULL)
		v = titled(r, "SHORTTITLE", "SHORTSUBTITLE", 2);
	if (v == NULL && monograph)
		v = titled(r, "SHORTTITLE", "SHORTSUBTITLE", 1);
	set(t, "source", v);
	free(v);
	/* a journal's level 2 is no series: RIS's J2, its abbreviation */
	if (monograph)
		v = titled(r, "TITLE", "SUBTITLE", 1);
	else if (!has(r, "ISSUANCE", 1, "continuing"))
		v = titled(r, "TITLE", "SUBTITLE", 2);
	else
		v = NULL;
	set(t, "series", v);
	free(v);
}

static void
set_pages(struct rec *r, struct in_table *t)
{
	int a = find(r, "PAGES:START", LEVEL_ANY),
	    b = find(r, "PAGES:STOP", LEVEL_ANY);
	char *v;
	size_t n;

	if (a < 0 && b < 0)
		return;
	if (a < 0 || b < 0) {
		set(t, "pages", value_of(r, a >= 0 ? a : b));
		return;
	}
	n = strlen(value_of(r, a)) + strlen(value_of(r, b)) + 4;
	v = xmalloc(n);
	snprintf(v, n, "%s\xe2\x80\x93%s", value_of(r, a), value_of(r, b));
	set(t, "pages", v);
	free(v);
}

static void
set_lang(struct rec *r, struct in_table *t)
{
	const char *code, *v;
	int i = find(r, "LANGUAGE", LEVEL_ANY);

	if (i < 0)
		return;
	v = value_of(r, i);
	code = lang_code(v, strlen(v));
	set(t, "lang", code != NULL ? code : v);
}

/* A field with no role under its own name, in lower case, ":" as "_";
 * "host_" or "series_" before it at levels 1 and 2. Repeated: joined by
 * "; ". */
static void
set_others(struct rec *r, struct in_table *t)
{
	int i, k, n = fields_num(r->f), level;
	char col[96], *p;

	for (i = 0; i < n; i++) {
		struct buf b = { NULL, 0, 0 };

		if (r->used[i] || *value_of(r, i) == '\0')
			continue;
		level = fields_level(r->f, i);
		snprintf(col, sizeof col, "%s%s", level == 1 ? "host_" :
		    level >= 2 ? "series_" : "", tag_of(r, i));
		for (p = col; *p != '\0'; p++)
			*p = *p == ':' ? '_' : (char)tolower((unsigned char)*p);
		for (k = i; k < n; k++) {
			if (r->used[k] || fields_level(r->f, k) != level ||
			    strcmp(tag_of(r, k), tag_of(r, i)) != 0)
				continue;
			r->used[k] = 1;
			if (b.len > 0)
				buf_adds(&b, "; ");
			buf_adds(&b, value_of(r, k));
		}
		if (b.len > 0 && in_table_get(t, col) == NULL) {
			buf_add(&b, "", 0);
			set(t, col, b.s);
		}
		free(b.s);
	}
}

static void
record_row(struct rec *r, struct in_table *t, unsigned long line,
    const char *unknown)
{
	int i, n = fields_num(r->f);

	r->used = xcalloc((size_t)n + 1, 1);
	in_table_row(t, line);
	/* The record's own key (bibutils makes one up for the others), or
	 * the number MEDLINE and ISI give it */
	if (r->has_key)
		take(r, t, "id", LEVEL_ANY, "REFNUM", NULL);
	else if (r->fm->f == IN_MEDLINE &&
	    take(r, t, "id", LEVEL_ANY, "PMID", NULL))
		set(t, "pmid", in_table_get(t, "id"));
	else if (r->fm->f == IN_ISI)
		take(r, t, "id", LEVEL_ANY, "ISIREFNUM", NULL);
	for (i = 0; i < n; i++)
		if (strcmp(tag_of(r, i), "REFNUM") == 0)
			r->used[i] = 1;
	set_type(r, t, unknown);
	set_people(r, t);
	set_titles(r, t);
	set_date(r, t);
	set_lang(r, t);
	take(r, t, "url", LEVEL_ANY, "URL", NULL);
	take(r, t, "doi", LEVEL_ANY, "DOI", NULL);
	take_all(r, t, "isbn", "ISBN13");
	take_all(r, t, "isbn", "ISBN");
	take_all(r, t, "isbn", "ISBN10");
	take_all(r, t, "issn", "ISSN");
	take(r, t, "volume", LEVEL_ANY, "VOLUME", NULL);
	take(r, t, "issue", LEVEL_ANY, "ISSUE", "NUMBER", NULL);
	set_pages(r, t);
	/* ISI's address (C1) is the authors', its place PI */
	take(r, t, "place", LEVEL_ANY, "ADDRESS:PUBLISHER", NULL);
	if (r->fm->f != IN_ISI)
		take(r, t, "place", LEVEL_ANY, "ADDRESS", NULL);
	take(r, t, "publisher", LEVEL_ANY, "PUBLISHER", NULL);
	take(r, t, "edition", LEVEL_ANY, "EDITION", NULL);
	take_all(r, t, "note", "NOTES");
	take(r, t, "abstract", LEVEL_ANY, "ABSTRACT", NULL);
	take_all(r, t, "keywords", "KEYWORD");
	take(r, t, "pmid", LEVEL_ANY, "PMID", NULL);
	take(r, t, "genre", 0, "GENRE:UNKNOWN", NULL);
	set_others(r, t);
	free(r->used);
}

/* ---- reading ---- */

struct reader {
	const struct format *fm;
	param p;
	const char *name;
	struct in_table *t;
	struct diag_sink *d;
	struct buf text;	/* a record as bibutils reads it */
	struct buf raw;		/* the lines read here: column NUL value NUL */
};

/* What bibutils said on stderr while it read a record: the type it did
 * not know is the row's (it reads the record as its default type); the
 * rest told as warnings. *unknown: malloc'd, or NULL. */
static void
chatter(struct reader *rd, const char *said, unsigned long line,
    char **unknown)
{
	const char *p, *q, *nl;
	static const char known[] = "Did not recognize type '";
	static const char known2[] = "Did not identify reference type '";

	*unknown = NULL;
	for (p = said; *p != '\0'; p = *nl != '\0' ? nl + 1 : nl) {
		size_t n;

		nl = p + strcspn(p, "\n");
		n = (size_t)(nl - p);
		if ((q = strstr(p, known)) != NULL && q < nl) {
			const char *s = q + sizeof known - 1;
			const char *e = memchr(s, '\'', (size_t)(nl - s));

			if (e != NULL && *unknown == NULL)
				*unknown = xstrndup(s, (size_t)(e - s));
			continue;
		}
		if ((q = strstr(p, known2)) != NULL && q < nl) {
			const char *s = q + sizeof known2 - 1;
			const char *e = memchr(s, '\'', (size_t)(nl - s));

			if (e != NULL && *unknown == NULL)
				*unknown = xstrndup(s, (size_t)(e - s));
			continue;
		}
		/* the second line of the above */
		if (*p == '\t' || strncmp(p, "Defaulting to", 13) == 0 ||
		    n == 0)
			continue;
		if (strncmp(p, "citeq: ", 7) == 0) {
			p += 7;
			n -= 7;
		}
		diag_warn(rd->d, rd->name, line, "bibutils: %.*s", (int)n, p);
	}
}

/* The value of a line of tag, if it is one: trimmed, into *v, *n. */
static int
tag_value(const struct line *l, const char *tag, const char **v, size_t *n)
{
	const char *p = l->s, *e = l->s + l->n;

	if (!starts(l, tag))
		return 0;
	p += strlen(tag);
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	while (e > p && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	*v = p;
	*n = (size_t)(e - p);
	return 1;
}

/* The values of the lines read here (rd->raw) into the row: the first of
 * a column in it, the others in "other_" and its name. */
static void
set_raw(struct reader *rd)
{
	const char *p = rd->raw.s, *end, *col, *v;
	char other[64];

	if (p == NULL)
		return;
	end = p + rd->raw.len;
	while (p < end) {
		col = p;
		v = col + strlen(col) + 1;
		p = v + strlen(v) + 1;
		if (in_table_get(rd->t, col) == NULL) {
			in_table_set(rd->t, col, v, strlen(v));
			continue;
		}
		snprintf(other, sizeof other, "other_%s", col);
		if (in_table_get(rd->t, other) != NULL) {
			struct buf b = { NULL, 0, 0 };

			buf_adds(&b, in_table_get(rd->t, other));
			buf_adds(&b, "; ");
			buf_adds(&b, v);
			in_table_set(rd->t, other, b.s, b.len);
			free(b.s);
		} else {
			in_table_set(rd->t, other, v, strlen(v));
		}
	}
}

/* A name line (its tag k bytes), as bibutils is to read it: one_name(),
 * and a name met again in the record marked as such. */
static void
add_name_line(struct reader *rd, const struct line *l, size_t k,
    struct strmap *seen)
{
	struct strmap_entry *e;
	size_t at;
	int literal, added;

	buf_add(&rd->text, l->s, k);
	at = rd->text.len;
	one_name(rd->fm->f, l->s + k, l->n - k, &rd->text, &literal);
	e = strmap_get(seen, rd->text.s + at, rd->text.len - at, &added);
	if (e->value++ > 0) {
		uint64_t v = e->value - 1;

		buf_addc(&rd->text, AGAIN);
		for (; v > 0; v /= 12)
			buf_addc(&rd->text, (char)(DIGIT0 + v % 12));
		buf_add(&rd->text, "", 0);
	}
	if (literal && slist_addc(&rd->p.asis, rd->text.s + at) != SLIST_OK)
		xalloc_fail();
	buf_addc(&rd->text, '\n');
}

/* RIS's SN: an ISBN or ISSN, or several ("2318-0544 2317-8507", as
 * Zotero and citeq write them), which bibutils drops: one a line. */
static void
add_ris_numbers(struct reader *rd, const char *v, size_t n)
{
	const char *p = v, *e = v + n, *w;
	size_t digits, numbers = 0;

	for (p = v; p < e; p = w) {
		while (p < e && strchr(" ,;\t", *p) != NULL)
			p++;
		for (w = p, digits = 0; w < e && strchr(" ,;\t", *w) == NULL;
		    w++)
			digits += isdigit((unsigned char)*w) || *w == 'X' ||
			    *w == 'x';
		numbers += digits >= 8;
		if (w > p && digits < 8)
			break;
	}
	if (numbers < 2 || p < e) {
		buf_adds(&rd->text, "SN  - ");
		buf_add(&rd->text, v, n);
		buf_addc(&rd->text, '\n');
		return;
	}
	for (p = v; p < e; p = w) {
		while (p < e && strchr(" ,;\t", *p) != NULL)
			p++;
		for (w = p; w < e && strchr(" ,;\t", *w) == NULL; w++)
			;
		if (w == p)
			continue;
		buf_adds(&rd->text, "SN  - ");
		buf_add(&rd->text, p, (size_t)(w - p));
		buf_addc(&rd->text, '\n');
	}
}

/* Reads the record in lines [s, e) that starts on line. */
static void
read_record(struct reader *rd, const char *s, const char *e,
    unsigned long line)
{
	const struct format *fm = rd->fm;
	struct line l = { NULL, 0, 0 };
	const char *p = s, *v;
	struct errcatch caught;
	struct strmap seen;
	bibl b;
	FILE *fp;
	char *unknown;
	int rc, has_key = 0, ended = 0, k, names = 0;
	size_t n;
	long i;

	/* bibutils reads lines as C strings */
	if (memchr(s, '\0', (size_t)(e - s)) != NULL) {
		diag_error(rd->d, rd->name, line, "%s record with a NUL byte: "
		    "skipped", fm->label);
		return;
	}
	rd->text.len = 0;
	rd->raw.len = 0;
	slist_free(&rd->p.asis);
	slist_init(&rd->p.asis);
	strmap_init(&seen);
	while (!ended && next_line(&p, e, &l)) {
		if (fm->key != NULL && starts(&l, fm->key))
			has_key = 1;
		if (fm->end != NULL && is_tag_line(&l, fm->end))
			ended = 1;
		for (k = 0; fm->raw[k][0] != NULL; k++)
			if (tag_value(&l, fm->raw[k][0], &v, &n))
				break;
		if (fm->raw[k][0] != NULL) {
			if (n > 0) {
				buf_add(&rd->raw, fm->raw[k][1],
				    strlen(fm->raw[k][1]) + 1);
				buf_add(&rd->raw, v, n);
				buf_addc(&rd->raw, '\0');
			}
			continue;
		}
		if ((k = (int)name_tag(fm, &l, &names)) > 0) {
			add_name_line(rd, &l, (size_t)k, &seen);
			continue;
		}
		if (fm->f == IN_RIS && tag_value(&l, "SN  -", &v, &n)) {
			add_ris_numbers(rd, v, n);
			continue;
		}
		buf_add(&rd->text, l.s, l.n);
		buf_addc(&rd->text, '\n');
	}
	strmap_free(&seen);
	if (!ended && fm->end != NULL) {
		diag_error(rd->d, rd->name, line, "%s record without \"%s\" at "
		    "its end: skipped", fm->label, fm->end);
		return;
	}
	if ((fp = fmemopen(rd->text.s, rd->text.len, "r")) == NULL) {
		diag_error(rd->d, rd->name, line, "cannot read the record");
		return;
	}
	bibl_init(&b);
	errcatch_begin(&caught);
	rc = bibl_read(&b, fp, (char *)rd->name, &rd->p);
	errcatch_end(&caught);
	fclose(fp);
	chatter(rd, caught.text != NULL ? caught.text : "", line, &unknown);
	errcatch_free(&caught);
	if (rc == BIBL_ERR_MEMERR)
		xalloc_fail();
	if (rc != BIBL_OK || b.n == 0)
		diag_error(rd->d, rd->name, line, "%s record with nothing "
		    "bibutils can read: skipped", fm->label);
	for (i = 0; rc == BIBL_OK && i < b.n; i++) {
		struct rec r = { b.ref[i], NULL, fm, has_key };

		record_row(&r, rd->t, line, unknown);
		set_raw(rd);
	}
	free(unknown);
	bibl_free(&b);
}

int
in_bibutils(enum in_format f, const char *buf, size_t len, const char *name,
    struct in_table *t, struct diag_sink *d)
{
	struct reader rd;
	struct line l = { NULL, 0, 0 };
	char *mended;
	const char *p, *end, *rec = NULL, *at;
	unsigned long rec_line = 0;
	size_t k;
	int blank = 1, after_end = 0, outside = 0;

	memset(&rd, 0, sizeof rd);
	for (k = 0; k < sizeof formats / sizeof formats[0]; k++)
		if (formats[k].f == f)
			rd.fm = &formats[k];
	if (rd.fm == NULL) {
		diag_error(d, name, 0, "not a format bibutils reads");
		return -1;
	}
	if (rd.fm->init(&rd.p, "citeq") != BIBL_OK)
		xalloc_fail();
	/* citeq reads UTF-8; the values are not TeX; titles whole */
	rd.p.charsetin = BIBL_CHARSET_UNICODE;
	rd.p.charsetin_src = BIBL_SRC_USER;
	rd.p.utf8in = 1;
	rd.p.latexin = 0;
	rd.p.xmlin = 0;
	rd.p.nosplittitle = 1;
	rd.p.verbose = 0;
	rd.name = name;
	rd.t = t;
	rd.d = d;
	if ((mended = mend_utf8(buf, &len, 0, name, d)) != NULL)
		buf = mended;
	p = buf;		/* a byte order mark: next_line() */
	end = buf + len;
	for (;;) {
		at = p;
		if (!next_line(&p, end, &l)) {
			if (rec != NULL)
				read_record(&rd, rec, end, rec_line);
			break;
		}
		if (starts_record(rd.fm, &l, blank)) {
			if (rec != NULL)
				read_record(&rd, rec, at, rec_line);
			rec = at;
			rec_line = l.no;
			after_end = 0;
		} else if (rd.fm->end != NULL && rec != NULL &&
		    is_tag_line(&l, rd.fm->end)) {
			after_end = 1;
		} else if (!is_blank(&l) && (rec == NULL || after_end) &&
		    !outside && !(rd.fm->f == IN_ISI && (starts(&l, "FN ") ||
		    starts(&l, "VR ") || is_tag_line(&l, "EF")))) {
			/* the first line of text outside the records that is
			 * not ISI's header or end */
			outside = 1;
			diag_error(d, name, l.no, "not in a %s record (one "
			    "starts with \"%s\"): skipped", rd.fm->label,
			    rd.fm->start);
		}
		blank = is_blank(&l);
		if (blank || l.no == rec_line)
			outside = 0;
	}
	free(rd.text.s);
	free(rd.raw.s);
	bibl_freeparams(&rd.p);
	free(mended);
	return 0;
}
