#include "import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cite.h"
#include "cs1.h"
#include "display.h"
#include "lang.h"
#include "xalloc.h"

/* Infobox labels that run into their value ("LeaderRanda Kassis"). */
static const char *const labels[] = {
	"Abbreviation", "Chairman", "Dissolved", "Founded", "Founder",
	"Formation", "Headquarters", "Ideology", "Key people", "Leader",
	"Location", "Membership", "Merged into", "Motto", "Predecessor",
	"President", "Purpose", "Region", "Secretary-General", "Successor",
	"Type", "Website", NULL
};

static const char *const month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

const char *const import_extra[IMPORT_EXTRA] = {
	"publisher", "place", "doi", "isbn", "issn", "volume", "issue", "pages",
	"editor"
};

/* The extra columns' places in a row. */
enum {
	X_PUBLISHER = COL__COUNT, X_PLACE, X_DOI, X_ISBN, X_ISSN, X_VOLUME,
	X_ISSUE, X_PAGES, X_EDITOR, ROW_COLS
};

struct row {
	const char *v[ROW_COLS];
	char *own[ROW_COLS];
};

static void
set(struct row *r, int c, char *value)
{
	free(r->own[c]);
	r->own[c] = value;
	r->v[c] = value;
}

static void
emit_row(struct row *r, struct rowset *rows)
{
	size_t i;

	for (i = 0; i < ROW_COLS; i++)
		if (r->v[i] == NULL)
			r->v[i] = "";
	rowset_push(rows, record_make(ROW_COLS, r->v));
	for (i = 0; i < ROW_COLS; i++)
		free(r->own[i]);
	memset(r, 0, sizeof *r);
}

/* ---- the reference list ---- */

/* "  12. ^ text": the number and where the text starts; 0 if not. */
static int
ref_line(const char *s, const char *end, long *num, const char **text)
{
	long n = 0;

	while (s < end && *s == ' ')
		s++;
	if (s == end || *s < '0' || *s > '9')
		return 0;
	while (s < end && *s >= '0' && *s <= '9' && n < 100000)
		n = n * 10 + (*s++ - '0');
	if (end - s < 3 || memcmp(s, ". ^", 3) != 0)
		return 0;
	s += 3;
	if (s < end && *s == ' ')
		s++;
	*num = n;
	*text = s;
	return 1;
}

/* One reference read, before it becomes a row. */
struct parsed {
	long num;
	unsigned long line;
	struct cs1 c;
};

static void
parse_reference(const char *name, unsigned long line, long num,
    const char *s, const char *end, struct parsed *ref, struct diag_sink *d)
{
	struct cs1 *c = &ref->c;
	char err[256];

	ref->num = num;
	ref->line = line;
	if (cs1_parse(s, (size_t)(end - s), c, err, sizeof err) != 0) {
		diag_warn(d, name, line, "reference %ld: %s; kept as a title",
		    num, err);
		cs1_free(c);
		memset(c, 0, sizeof *c);
		c->title = xstrndup(s, (size_t)(end - s));
		buf_adds(&c->note, CS1_NOTE_BARE);
	}
	if (c->warn.len > 0) {
		const char *w = c->warn.s, *nl;

		for (; w != NULL; w = nl ? nl + 1 : NULL) {
			nl = strchr(w, '\n');
			diag_warn(d, name, line, "reference %ld: %.*s; kept as "
			    "printed", num, (int)(nl ? (size_t)(nl - w) :
			    strlen(w)), w);
		}
	}
	if (c->title == NULL && c->authors == NULL && c->url == NULL)
		diag_warn(d, name, line, "reference %ld is empty", num);
}

/* Is name one of the family names of authors ("Family, Given; ...")? */
static int
family_of(const char *authors, const char *name)
{
	size_t n = strlen(name);
	const char *a = authors;

	while (a != NULL && *a) {
		size_t len = strcspn(a, ";");
		size_t fam = strcspn(a, ",;");

		if (fam == n && memcmp(a, name, n) == 0)
			return 1;
		a += len;
		while (*a == ';' || *a == ' ')
			a++;
	}
	return 0;
}

/* A shortened footnote names a full reference of the list by its author's
 * family name, or, for a reference without authors, by the start of its
 * title ("Statutes, pp. 90–91." for "Statutes made for the University of
 * Oxford ..."): the name is then the title. */
static void
resolve_shortened(struct parsed *refs, size_t n)
{
	size_t i, j, len;
	char *at;

	for (i = 0; i < n; i++) {
		struct cs1 *c = &refs[i].c;
		int author = 0, title = 0;

		if (!c->shortened || c->authors == NULL)
			continue;
		len = strlen(c->authors);
		for (j = 0; j < n && !author; j++) {
			const struct cs1 *f = &refs[j].c;

			if (f->shortened)
				continue;
			if (f->authors != NULL && *f->authors)
				author = family_of(f->authors, c->authors);
			else if (f->title != NULL && strncmp(f->title,
			    c->authors, len) == 0 && strchr(" ,.:",
			    f->title[len]) != NULL)
				title = 1;
		}
		if (author || !title || c->title != NULL || (at =
		    strstr(c->note.s ? c->note.s : "", "{author}")) == NULL)
			continue;
		memcpy(at, "{title} ", 8);	/* same length: "{title}" */
		memmove(at + 7, at + 8, strlen(at + 8) + 1);
		c->note.len--;
		c->title = c->authors;
		c->authors = NULL;
	}
}

/* "Boden, Joseph (d. 1811)", "Müller, Friedrich Max (1823–1900)": a
 * biographical dictionary's entry, named for a person, whose words tell no
 * language. */
static int
name_heading(const char *t)
{
	const char *open = strrchr(t, '('), *p;
	int comma = 0;

	if (open == NULL || open == t || open[-1] != ' ' ||
	    t[strlen(t) - 1] != ')' || strpbrk(open, "0123456789") == NULL)
		return 0;
	for (p = t; p < open - 1; p++) {
		if (*p == ',')
			comma++;
		else if ((p == t || p[-1] == ' ') && *p >= 'a' && *p <= 'z')
			return 0;	/* "fourth earl of Sandwich" */
	}
	return comma == 1;
}

static void
import_reference(struct parsed *ref, struct langguess *g, const char *dflt,
    struct rowset *rows)
{
	struct cs1 *c = &ref->c;
	struct row r;
	char id[32];

	memset(&r, 0, sizeof r);
	snprintf(id, sizeof id, "%ld", ref->num);
	set(&r, COL_ID, xstrdup(id));
	r.v[COL_KIND] = "citation";
	set(&r, COL_AUTHOR, c->authors);
	set(&r, COL_TITLE, c->title);
	set(&r, COL_SOURCE, c->source);
	set(&r, COL_DATE, c->date);
	if (c->lang != NULL)
		set(&r, COL_LANG, c->lang);
	else if (c->title != NULL && *c->title && name_heading(c->title) &&
	    c->source != NULL && *c->source)
		r.v[COL_LANG] = langguess(g, c->source, strlen(c->source),
		    dflt);	/* the dictionary's language */
	else if (c->title != NULL && *c->title)
		r.v[COL_LANG] = langguess(g, c->title, strlen(c->title), dflt);
	set(&r, COL_ACCESS_DATE, c->access_date);
	set(&r, COL_ARCHIVE_DATE, c->archive_date);
	if (c->dead)
		r.v[COL_URL_STATUS] = "dead";
	set(&r, COL_FORMAT, c->format);
	set(&r, COL_URL, c->url);
	set(&r, COL_NOTE, c->note.s);
	set(&r, X_PUBLISHER, c->publisher);
	set(&r, X_PLACE, c->place);
	set(&r, X_DOI, c->doi);
	set(&r, X_ISBN, c->isbn);
	set(&r, X_ISSN, c->issn);
	set(&r, X_VOLUME, c->volume);
	set(&r, X_ISSUE, c->issue);
	set(&r, X_PAGES, c->pages);
	set(&r, X_EDITOR, c->editor);
	buf_free(&c->warn);
	memset(c, 0, sizeof *c);	/* the row owns the strings now */
	emit_row(&r, rows);
}

/* ---- the article's facts ---- */

/* Takes the [n] markers out of s: appends the text to out and the numbers,
 * ";"-separated, to cites. A marker's space before the next marker goes
 * too: "2017[37] [2] with" reads "2017 with". */
static void
strip_markers(const char *s, const char *end, struct buf *out,
    struct buf *cites)
{
	while (s < end) {
		const char *p = s;

		if (*p == '[' && p + 1 < end && p[1] >= '0' && p[1] <= '9') {
			const char *q = p + 1;

			while (q < end && *q >= '0' && *q <= '9')
				q++;
			if (q < end && *q == ']') {
				if (cites->len > 0)
					buf_addc(cites, ';');
				buf_add(cites, p + 1, (size_t)(q - p - 1));
				s = q + 1;
				if (s + 1 < end && *s == ' ' && s[1] == '[')
					s++;
				continue;
			}
		}
		buf_addc(out, *s++);
	}
}

static int
is_month(const char *s, const char *end, int *m)
{
	int i;

	for (i = 0; i < 12; i++) {
		size_t n = strlen(month_names[i]);

		if ((size_t)(end - s) >= n && memcmp(s, month_names[i], n) == 0 &&
		    (s + n == end || s[n] == ' ' || s[n] == ',')) {
			*m = i + 1;
			return (int)n;
		}
	}
	return 0;
}

/* The first "13 January 2018", "January 13, 2018" or "March 2017" in a
 * sentence, as ISO; NULL if none. */
static char *
first_date(const char *s, const char *end)
{
	const char *p;
	char buf[32];
	int m, len;

	for (p = s; p < end; p++) {
		int day = 0, year = 0;
		const char *q = p;

		if (p > s && p[-1] != ' ' && p[-1] != '(')
			continue;
		if (*q >= '1' && *q <= '9') {
			day = *q++ - '0';
			if (q < end && *q >= '0' && *q <= '9')
				day = day * 10 + (*q++ - '0');
			if (q >= end || *q != ' ')
				continue;
			q++;
		}
		if ((len = is_month(q, end, &m)) == 0)
			continue;
		q += len;
		if (!day && q + 1 < end && *q == ' ' && q[1] >= '1' &&
		    q[1] <= '9' && q + 4 < end && q[2] >= '0' && q[3] == ',') {
			day = (q[1] - '0') * 10 + (q[2] - '0');
			q += 4;		/* "January 13," */
		}
		if (q + 5 > end || *q != ' ')
			continue;
		q++;
		if (sscanf(q, "%4d", &year) != 1 || year < 1000)
			continue;
		if (day)
			snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, m, day);
		else
			snprintf(buf, sizeof buf, "%04d-%02d", year, m);
		return xstrdup(buf);
	}
	return NULL;
}

static void
add_fact(struct row *r, struct rowset *rows, long *n, const char *title,
    const char *cites, const char *date, const char *lang,
    const char *section)
{
	char id[32];

	snprintf(id, sizeof id, "F%ld", ++*n);
	set(r, COL_ID, xstrdup(id));
	r->v[COL_KIND] = "fact";
	set(r, COL_TITLE, xstrdup(title));
	if (date != NULL)
		set(r, COL_DATE, xstrdup(date));
	r->v[COL_LANG] = lang;
	if (cites != NULL && *cites)
		set(r, COL_CITES, xstrdup(cites));
	set(r, COL_NOTE, xstrdup(section));
	emit_row(r, rows);
}

/* "Founded2015 (2015)" -> "Founded", "2015"; 0 if no label starts it. */
static int
label_line(const char *s, const char *end, const char **label,
    size_t *labellen, const char **value)
{
	size_t i, n;

	for (i = 0; labels[i] != NULL; i++) {
		n = strlen(labels[i]);
		if ((size_t)(end - s) > n && memcmp(s, labels[i], n) == 0) {
			*label = labels[i];
			*labellen = n;
			*value = s + n;
			while (*value < end && **value == ' ')
				(*value)++;
			return 1;
		}
	}
	return 0;
}

/* "2015\u00A0(2015)" and "2015 (2015)": the value says it twice. */
static void
drop_repeat(struct buf *v)
{
	size_t half;
	const char *sep;

	for (half = 1; half * 2 + 3 <= v->len; half++) {
		sep = v->s + half;
		if (memcmp(sep, "\xC2\xA0(", 3) == 0 && half * 2 + 4 == v->len &&
		    memcmp(sep + 3, v->s, half) == 0 && v->s[v->len - 1] == ')')
			break;
		if (memcmp(sep, " (", 2) == 0 && half * 2 + 3 == v->len &&
		    memcmp(sep + 2, v->s, half) == 0 && v->s[v->len - 1] == ')')
			break;
	}
	if (half * 2 + 3 <= v->len) {
		v->len = half;
		v->s[half] = '\0';
	}
}

static void
import_infobox(const char *name, const char **lines, const size_t *lens,
    size_t n, struct langguess *g, const char *dflt, struct rowset *facts,
    long *nfacts)
{
	struct row r;
	size_t i;

	memset(&r, 0, sizeof r);
	for (i = 0; i < n; i++) {
		const char *s = lines[i], *end = s + lens[i], *label, *value;
		struct buf text = { NULL, 0, 0 }, cites = { NULL, 0, 0 };
		struct buf v = { NULL, 0, 0 };
		size_t labellen;
		char *date = NULL;
		const char *lang = langguess(g, s, lens[i], dflt), *note;
		char notebuf[128];

		(void)name;
		buf_adds(&text, "");
		buf_adds(&cites, "");
		buf_adds(&v, "");
		if (i > 0 && label_line(s, end, &label, &labellen, &value)) {
			strip_markers(value, end, &v, &cites);
			drop_repeat(&v);
			buf_add(&text, label, labellen);
			buf_adds(&text, ": ");
			buf_add(&text, v.s, v.len);
			date = cs1_iso(v.s, v.len);
			note = "Infobox";
			lang = dflt;
		} else {
			strip_markers(s, end, &text, &cites);
			if (i == 0) {
				note = "Infobox: name";
			} else if (strcmp(lang, dflt) != 0 && lang_name(lang)) {
				snprintf(notebuf, sizeof notebuf, "Infobox: name "
				    "in %.*s", (int)strcspn(lang_name(lang), ";,("),
				    lang_name(lang));
				note = notebuf;
			} else {
				note = "Infobox";
			}
		}
		add_fact(&r, facts, nfacts, text.s, cites.s, date, lang, note);
		free(date);
		buf_free(&text);
		buf_free(&cites);
		buf_free(&v);
	}
}

/* Does a paragraph end a sentence (or carry a marker), or is it a heading? */
static int
is_heading(const char *s, const char *end)
{
	while (end > s && end[-1] == ' ')
		end--;
	return end > s && strchr(".!?]:\"", end[-1]) == NULL;
}

/* Where the sentence that starts at s ends (after its markers). */
static const char *
sentence_end(const char *s, const char *end)
{
	const char *p, *q;

	for (p = s; p < end; p++) {
		if (*p != '.' && *p != '!' && *p != '?')
			continue;
		q = p + 1;
		while (q < end && (*q == '[' || (*q == ' ' && q + 1 < end &&
		    q[1] == '['))) {	/* markers, "[37] [2]" */
			const char *r = q + (*q == ' ');

			if (r + 1 >= end || r[1] < '0' || r[1] > '9')
				break;
			r = memchr(r, ']', (size_t)(end - r));
			if (r == NULL)
				break;
			q = r + 1;
		}
		if (q == end)
			return end;
		if (*q == ' ' && q + 1 < end && !(q[1] >= 'a' && q[1] <= 'z'))
			return q;
	}
	return end;
}

static void
import_paragraph(const char *s, const char *end, const char *section,
    struct langguess *g, const char *dflt, struct rowset *facts,
    long *nfacts)
{
	struct row r;

	memset(&r, 0, sizeof r);
	while (s < end) {
		const char *e = sentence_end(s, end);
		struct buf text = { NULL, 0, 0 }, cites = { NULL, 0, 0 };
		char *date;

		buf_adds(&text, "");
		buf_adds(&cites, "");
		strip_markers(s, e, &text, &cites);
		while (text.len > 0 && text.s[text.len - 1] == ' ')
			text.s[--text.len] = '\0';
		if (text.len > 0) {
			date = first_date(text.s, text.s + text.len);
			add_fact(&r, facts, nfacts, text.s, cites.s, date,
			    langguess(g, text.s, text.len, dflt), section);
			free(date);
		}
		buf_free(&text);
		buf_free(&cites);
		s = e;
		while (s < end && *s == ' ')
			s++;
	}
}

int
import_text(const char *name, const char *text, size_t n,
    struct langguess *g, const char *dflt, struct rowset *rows,
    struct diag_sink *d)
{
	const char *p = text, *end = text + n, *lend, *rtext;
	const char **lines = NULL;
	size_t *lens = NULL, nlines = 0, linecap = 0, i, first_ref = (size_t)-1, box;
	struct parsed *refs = NULL;
	size_t nrefs = 0, refcap = 0;
	struct rowset facts = { NULL, 0, 0 };
	long nfacts = 0, num, expect = 1;
	char section[256] = "Lead";
	int after_heading = 0;

	if (n >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		p += 3;
	for (; p < end; p = lend + 1) {
		lend = memchr(p, '\n', (size_t)(end - p));
		if (lend == NULL)
			lend = end;
		if (nlines == linecap) {	/* doubling: linear in all */
			linecap = linecap ? linecap * 2 : 256;
			lines = xreallocarray(lines, linecap, sizeof *lines);
			lens = xreallocarray(lens, linecap, sizeof *lens);
		}
		lines[nlines] = p;
		lens[nlines] = (size_t)(lend - p);
		if (lens[nlines] > 0 && p[lens[nlines] - 1] == '\r')
			lens[nlines]--;
		if (first_ref == (size_t)-1 && ref_line(p, p + lens[nlines],
		    &num, &rtext))
			first_ref = nlines;
		nlines++;
		if (lend == end)
			break;
	}
	if (first_ref == (size_t)-1) {
		diag_error(d, name, 0, "no reference list (lines \"  1. ^ ...\")");
		free(lines);
		free(lens);
		return -1;
	}

	/* The article: the infobox, then paragraphs. */
	for (box = 0; box < first_ref && lens[box] > 0; box++)
		;
	import_infobox(name, lines, lens, box, g, dflt, &facts, &nfacts);
	for (i = box; i < first_ref; i++) {
		const char *s = lines[i], *e = s + lens[i];

		if (lens[i] == 0)
			continue;
		if (is_heading(s, e)) {
			if (!after_heading)
				snprintf(section, sizeof section, "%.*s",
				    (int)lens[i], s);
			after_heading = 1;	/* a caption may follow */
			continue;
		}
		after_heading = 0;
		import_paragraph(s, e, section, g, dflt, &facts, &nfacts);
	}

	/* The references, in their numbering; shortened footnotes are
	 * read against the full references. */
	for (i = first_ref; i < nlines; i++) {
		const char *s = lines[i], *e = s + lens[i];

		if (lens[i] == 0)
			continue;
		if (!ref_line(s, e, &num, &rtext)) {
			diag_warn(d, name, i + 1, "not a numbered reference; "
			    "left out");
			continue;
		}
		for (; expect < num; expect++)
			diag_warn(d, name, i + 1, "reference %ld is missing",
			    expect);
		expect = num + 1;
		if (nrefs == refcap) {
			refcap = refcap ? refcap * 2 : 64;
			refs = xreallocarray(refs, refcap, sizeof *refs);
		}
		memset(&refs[nrefs], 0, sizeof refs[nrefs]);
		parse_reference(name, i + 1, num, rtext, e, &refs[nrefs++], d);
	}
	resolve_shortened(refs, nrefs);
	for (i = 0; i < nrefs; i++)
		import_reference(&refs[i], g, dflt, rows);
	free(refs);
	for (i = 0; i < facts.n; i++)
		rowset_push(rows, facts.v[i]);
	free(facts.v);
	free(lines);
	free(lens);
	return 0;
}
