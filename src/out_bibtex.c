/* BibLaTeX out: @article (with journaltitle) for newspaper, magazine and
 * journal pieces, @online for web pages, @book, @incollection,
 * @inproceedings, @misc. Keys come from the first author's family name,
 * the year and the first word of the title, and are made unique. Facts and
 * empty rows are left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <uninorm.h>

#include "cite.h"
#include "display.h"
#include "out.h"
#include "strmap.h"
#include "xalloc.h"

/* Appends the ASCII letters and digits of s, lower-cased, after taking
 * accents off Latin letters (NFD, marks dropped): "García" gives "garcia". */
static void
ascii_word(char *buf, size_t len, const char *s, size_t n)
{
	size_t k = strlen(buf), i, dn = 0;
	uint8_t *d = u8_normalize(UNINORM_NFD, (const uint8_t *)s, n, NULL,
	    &dn);

	if (d != NULL) {
		s = (const char *)d;
		n = dn;
	}
	for (i = 0; i < n && k + 1 < len; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			buf[k++] = c;
	}
	buf[k] = '\0';
	free(d);
}

/* The first title word of three ASCII letters or more that is not a
 * small word. */
static void
title_word(char *buf, size_t len, const struct field *title)
{
	static const char *const small[] = {
		"the", "and", "for", "with", "from", "des", "les", "der",
		"die", "das", "una", "per", NULL
	};
	struct buf plain = { NULL, 0, 0 };
	const char *p, *end;
	size_t i;

	cite_strip_markup(title->s, title->len, &plain);	/* "<i>Homo" */
	p = plain.s;
	end = plain.s + plain.len;
	while (p < end) {
		const char *w = p;
		char word[64] = "";

		while (p < end && *p != ' ')
			p++;
		ascii_word(word, sizeof word, w, (size_t)(p - w));
		for (i = 0; small[i] != NULL && strcmp(small[i], word); i++)
			;
		if (strlen(word) >= 3 && small[i] == NULL) {
			snprintf(buf + strlen(buf), len - strlen(buf), "%s",
			    word);
			break;
		}
		while (p < end && *p == ' ')
			p++;
	}
	buf_free(&plain);
}

static void
make_key(struct out *o, const struct roles *rs, const struct record *r,
    const struct person *people, size_t npeople, char *key, size_t len)
{
	struct strmap *used = o->state;	/* key -> the next suffix to try */
	struct strmap_entry *first;
	struct cite_date cd;
	size_t base;
	int added;

	key[0] = '\0';
	if (npeople > 0)
		ascii_word(key, len, people[0].family, strlen(people[0].family));
	if (key[0] == '\0')
		snprintf(key, len, "anon");
	if (cite_date(role_value(rs, r, ROLE_DATE), &cd) == 0)
		snprintf(key + strlen(key), len - strlen(key), "%04d", cd.y[0]);
	title_word(key, len, role_value(rs, r, ROLE_TITLE));
	if (strcmp(key, "anon") == 0 || key[0] == '\0') {
		const struct field *id = role_value(rs, r, ROLE_ID);

		snprintf(key, len, "ref");
		ascii_word(key, len, id->s, id->len);
	}
	base = strlen(key);
	if (base > len - 16) {	/* room for any suffix */
		base = len - 16;
		key[base] = '\0';
	}
	first = strmap_get(used, key, strlen(key), &added);
	while (!added) {
		/* taken: add a, b, ..., z, aa, ab, ... (bijective base 26),
		 * going on from the suffix this key tried last */
		char suf[16];
		size_t k = sizeof suf - 1;
		int n = (int)first->value++;

		suf[k] = '\0';
		do {
			suf[--k] = (char)('a' + n % 26);
			n = n / 26 - 1;
		} while (n >= 0 && k > 0);
		key[base] = '\0';
		snprintf(key + base, len - base, "%s", suf + k);
		/* first stays put: only adding a key moves the entries,
		 * and that ends the loop */
		(void)strmap_get(used, key, strlen(key), &added);
	}
}

/* A value in braces, with TeX's special characters escaped and HTML
 * markup (Zotero's <i>...</i> in titles) as LaTeX; hyphens in a row kept
 * apart ("-{}-"), which TeX and the readers of .bib files would take for
 * a dash, unless dashes: a page range's "--", and keywords, which the
 * readers take as they are. */
static void
tex_text(struct out *o, const char *s, size_t n, int dashes)
{
	static const struct {
		const char *html, *latex;
	} tags[] = {
		{ "<i>", "\\emph{" }, { "</i>", "}" },
		{ "<em>", "\\emph{" }, { "</em>", "}" },
		{ "<b>", "\\textbf{" }, { "</b>", "}" },
		{ "<strong>", "\\textbf{" }, { "</strong>", "}" },
		{ "<sup>", "\\textsuperscript{" }, { "</sup>", "}" },
		{ "<sub>", "\\textsubscript{" }, { "</sub>", "}" },
		{ "<span style=\"font-variant:small-caps;\">", "\\textsc{" },
		{ "<sc>", "\\textsc{" }, { "</sc>", "}" },
	};
	size_t i, k, open = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '<') {
			for (k = 0; k < sizeof tags / sizeof tags[0]; k++) {
				size_t tl = strlen(tags[k].html);

				if (tl > n - i || memcmp(s + i, tags[k].html, tl))
					continue;
				if (tags[k].latex[0] == '}' && open == 0)
					break;	/* a closing tag alone */
				open += tags[k].latex[0] == '}' ? (size_t)-1 : 1;
				out_puts(o, tags[k].latex);
				i += tl - 1;
				break;
			}
			if (k < sizeof tags / sizeof tags[0])
				continue;
			/* </span> closes small caps */
			if (open > 0 && n - i >= 7 && memcmp(s + i, "</span>",
			    7) == 0) {
				out_putc(o, '}');
				open--;
				i += 6;
				continue;
			}
		}
		switch (s[i]) {
		case '\\': out_puts(o, "\\textbackslash{}"); break;
		case '{': case '}': case '%': case '&': case '$': case '#':
		case '_':
			out_putc(o, '\\');
			out_putc(o, s[i]);
			break;
		case '-':
			out_putc(o, '-');
			if (!dashes && i + 1 < n && s[i + 1] == '-')
				out_puts(o, "{}");
			break;
		case '~': out_puts(o, "\\textasciitilde{}"); break;
		case '^': out_puts(o, "\\textasciicircum{}"); break;
		case '\n': case '\r': case '\t': out_putc(o, ' '); break;
		default: out_putc(o, s[i]);
		}
	}
	while (open-- > 0)		/* a tag never closed */
		out_putc(o, '}');
}

static void
tex(struct out *o, const char *s, size_t n)
{
	tex_text(o, s, n, 0);
}

/* A URL, DOI or eprint as biblatex reads it, verbatim: no TeX escapes;
 * only braces, which would unbalance the field, percent-encoded. */
static void
verbatim(struct out *o, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == '{')
			out_puts(o, "%7B");
		else if (s[i] == '}')
			out_puts(o, "%7D");
		else if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t')
			out_putc(o, ' ');
		else
			out_putc(o, s[i]);
	}
}

/* ---- which fields an entry type may have (biblatex's data model, as
 * biber --tool --validate-datamodel checks it) ---- */

enum { T_ARTICLE, T_BOOK, T_INCOLLECTION, T_INPROCEEDINGS, T_ONLINE, T_MISC,
	T__COUNT };

static const char *const entry_name[T__COUNT] = {
	"article", "book", "incollection", "inproceedings", "online", "misc"
};

/* Fields every type may have, then each type's own. */
static const char all_types[] = " abstract date doi entrysubtype eprint "
    "eprinttype keywords langid url urldate ";
static const char *const type_fields[T__COUNT] = {
	[T_ARTICLE] = " author editor title journaltitle issn volume number "
	    "pages series note language ",
	[T_BOOK] = " author editor title edition isbn location number pages "
	    "publisher series volume note language ",
	[T_INCOLLECTION] = " author editor title booktitle edition isbn "
	    "location number pages publisher series volume note language ",
	[T_INPROCEEDINGS] = " author editor title booktitle isbn location "
	    "number organization pages publisher series volume note "
	    "language ",
	[T_ONLINE] = " author editor title organization note language ",
	[T_MISC] = " author editor title howpublished location note "
	    "organization type language ",
};

static int
allowed(int type, const char *name)
{
	char word[40];

	if (*name == '\0')
		return 0;		/* for the note */
	snprintf(word, sizeof word, " %s ", name);
	return strstr(all_types, word) != NULL ||
	    strstr(type_fields[type], word) != NULL;
}

/* An entry being written: its type, and what does not fit it, for the
 * note. */
struct entry {
	struct out *o;
	int type;
	struct buf extra;	/* "Publisher: X. ISBN: Y" */
};

/* A field the entry's type allows, or a phrase of its note. */
static void
field(struct entry *e, const char *name, const char *label, const char *s,
    size_t n)
{
	struct out *o = e->o;

	if (n == 0)
		return;
	if (!allowed(e->type, name)) {
		if (e->extra.len > 0)
			buf_adds(&e->extra, ". ");
		buf_adds(&e->extra, label);
		buf_adds(&e->extra, ": ");
		buf_add(&e->extra, s, n);
		return;
	}
	out_puts(o, "  ");
	out_puts(o, name);
	out_puts(o, " = {");
	if (strcmp(name, "url") == 0 || strcmp(name, "doi") == 0 ||
	    strcmp(name, "eprint") == 0)
		verbatim(o, s, n);
	else
		tex_text(o, s, n, strcmp(name, "pages") == 0 ||
		    strcmp(name, "keywords") == 0);
	out_puts(o, "},\n");
}

/* Is the value a whole number (biblatex's volume must be)? */
static int
number(const struct field *f)
{
	size_t i;

	for (i = 0; i < f->len; i++)
		if (f->s[i] < '0' || f->s[i] > '9')
			return 0;
	return f->len > 0;
}

/* ISBNs or ISSNs: the first valid one in the field, the others and any
 * that is not valid in the note. */
static void
ids(struct entry *e, const char *name, const char *label,
    const struct field *f, int issn)
{
	char buf[512], *sp;

	if (cite_isbn(f, issn, buf, sizeof buf) != 0) {
		field(e, "", label, buf, strlen(buf));
		return;
	}
	if ((sp = strchr(buf, ' ')) != NULL)
		*sp++ = '\0';
	field(e, name, label, buf, strlen(buf));
	if (sp != NULL)
		field(e, "", label, sp, strlen(sp));
}

/* A date column as an ISO 8601 field, when it holds a date. */
static void
date_field(struct entry *e, const char *name, const struct field *f)
{
	struct cite_date cd;
	char iso[64];

	if (cite_date(f, &cd) != 0)
		return;
	cite_date_iso(&cd, iso, sizeof iso);
	field(e, name, name, iso, strlen(iso));
}

/* Does s[0, n) hold the word "and", which biber would split a name at? */
static int
has_and(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i + 3 <= n; i++)
		if ((i == 0 || s[i - 1] == ' ') && (s[i] == 'a' ||
		    s[i] == 'A') && (s[i + 1] | 0x20) == 'n' &&
		    (s[i + 2] | 0x20) == 'd' && (i + 3 == n || s[i + 3] == ' '))
			return 1;
	return 0;
}

/* A name part, braced when biber would otherwise split it at an "and"
 * or read a comma in it as another part. */
static void
name_part(struct out *o, const char *s)
{
	size_t n = strlen(s);
	int brace = has_and(s, n) || memchr(s, ',', n) != NULL;

	if (brace)
		out_putc(o, '{');
	tex(o, s, n);
	if (brace)
		out_putc(o, '}');
}

/* A name list (author, editor): "Family, Given and {Literal Name}". */
static void
names(struct entry *e, const char *name, const struct field *f)
{
	struct person *people;
	size_t n = cite_people(f, &people), i;
	struct out *o = e->o;

	if (n > 0 && allowed(e->type, name)) {
		out_puts(o, "  ");
		out_puts(o, name);
		out_puts(o, " = {");
		for (i = 0; i < n; i++) {
			if (i > 0)
				out_puts(o, " and ");
			if (people[i].given == NULL || *people[i].given == '\0' ||
			    strchr(people[i].given, ',') != NULL) {
				/* a literal name: one name whatever it holds */
				out_putc(o, '{');
				tex(o, people[i].family,
				    strlen(people[i].family));
				if (people[i].given != NULL &&
				    *people[i].given != '\0') {
					out_puts(o, ", ");
					tex(o, people[i].given,
					    strlen(people[i].given));
				}
				out_putc(o, '}');
				continue;
			}
			name_part(o, people[i].family);
			if (people[i].suffix != NULL) {	/* "Last, Jr, First" */
				out_puts(o, ", ");
				name_part(o, people[i].suffix);
			}
			out_puts(o, ", ");
			name_part(o, people[i].given);
		}
		out_puts(o, "},\n");
	}
	cite_people_free(people, n);
}

/* biblatex's keywords: a list that biber splits at every comma, braced or
 * not, and so does Better BibTeX's parser; a comma in a keyword
 * ("Evolution, Molecular") is a blank, and the keyword stays one. */
static void
keyword_list(const struct roles *rs, const struct record *r, struct buf *out)
{
	struct buf kw = { NULL, 0, 0 };
	size_t i;

	cite_keywords(rs, r, "\n", &kw);
	out->len = 0;
	buf_adds(out, "");
	for (i = 0; i < kw.len; i++) {
		if (kw.s[i] == '\n') {
			buf_adds(out, ", ");
		} else if (kw.s[i] == ',') {
			while (i + 1 < kw.len && kw.s[i + 1] == ' ')
				i++;
			if (i + 1 < kw.len && kw.s[i + 1] != '\n' &&
			    out->len > 0 && out->s[out->len - 1] != ' ')
				buf_addc(out, ' ');
		} else {
			buf_addc(out, kw.s[i]);
		}
	}
	buf_free(&kw);
}

static void
bib_begin(struct out *o, const struct view *v)
{
	struct strmap *used = xmalloc(sizeof *used);

	(void)v;
	strmap_init(used);
	o->state = used;
}

static void
bib_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	static const int type_of[] = {
		[WORK_NEWS] = T_ARTICLE, [WORK_JOURNAL] = T_ARTICLE,
		[WORK_MAGAZINE] = T_ARTICLE, [WORK_WEB] = T_ONLINE,
		[WORK_BOOK] = T_BOOK, [WORK_CHAPTER] = T_INCOLLECTION,
		[WORK_CONFERENCE] = T_INPROCEEDINGS, [WORK_OTHER] = T_MISC,
	};
	const struct roles *rs = v->roles;
	const struct field *f;
	struct person *people;
	struct entry e = { o, 0, { NULL, 0, 0 } };
	struct buf kw = { NULL, 0, 0 };
	struct field first, last, doi;
	enum work w;
	size_t n, i;
	char key[128], buf[512], note[512];
	const char *lang, *code;

	(void)row;
	if (rs == NULL || !cite_is_reference(rs, r))
		return;
	w = cite_work(rs, r);
	e.type = type_of[w];
	n = cite_people(role_value(rs, r, ROLE_AUTHOR), &people);
	make_key(o, rs, r, people, n, key, sizeof key);
	cite_people_free(people, n);
	out_putc(o, '@');
	out_puts(o, entry_name[e.type]);
	out_putc(o, '{');
	out_puts(o, key);
	out_puts(o, ",\n");
	names(&e, "author", role_value(rs, r, ROLE_AUTHOR));
	names(&e, "editor", role_value(rs, r, ROLE_EDITOR));
	if (w == WORK_NEWS || w == WORK_MAGAZINE)
		field(&e, "entrysubtype", "", w == WORK_NEWS ? "newspaper" :
		    "magazine", w == WORK_NEWS ? 9 : 8);
	f = role_value(rs, r, ROLE_TITLE);
	if (f->len > 0) {
		/* Inner braces keep the title's case as it is. */
		out_puts(o, "  title = {{");
		tex(o, f->s, f->len);
		out_puts(o, "}},\n");
	}
	f = role_value(rs, r, ROLE_SOURCE);
	field(&e, e.type == T_ONLINE || e.type == T_MISC ? "organization" :
	    e.type == T_INCOLLECTION || e.type == T_INPROCEEDINGS ?
	    "booktitle" : e.type == T_BOOK ? "series" : "journaltitle",
	    "Source", f->s, f->len);
	f = role_value(rs, r, ROLE_SERIES);
	if (e.type != T_BOOK || role_value(rs, r, ROLE_SOURCE)->len == 0)
		field(&e, "series", "Series", f->s, f->len);
	f = role_value(rs, r, ROLE_PUBLISHER);
	field(&e, e.type == T_ONLINE && role_value(rs, r,
	    ROLE_SOURCE)->len == 0 ? "organization" : "publisher",
	    "Publisher", f->s, f->len);
	f = role_value(rs, r, ROLE_PLACE);
	field(&e, "location", "Place", f->s, f->len);
	f = role_value(rs, r, ROLE_EDITION);
	field(&e, "edition", "Edition", f->s, f->len);
	f = role_value(rs, r, ROLE_VOLUME);
	field(&e, number(f) ? "volume" : "", "Volume", f->s, f->len);
	f = role_value(rs, r, ROLE_ISSUE);
	field(&e, "number", "Issue", f->s, f->len);
	if (cite_pages(rs, r, &first, &last) == 0) {
		snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)first.len,
		    first.s, last.len ? "--" : "", (int)last.len, last.s);
		field(&e, "pages", "Pages", buf, strlen(buf));
	}
	date_field(&e, "date", role_value(rs, r, ROLE_DATE));
	if ((lang = cite_language(role_value(rs, r, ROLE_LANG), &code)) !=
	    NULL) {
		/* babel's names are the English ones in lower case. */
		for (i = 0; lang[i] && lang[i] != ',' && lang[i] != ';' &&
		    lang[i] != ' ' && i + 1 < 64; i++)
			buf[i] = (char)(lang[i] | 0x20);
		buf[i] = '\0';
		field(&e, "langid", "", buf, strlen(buf));
	}
	ids(&e, "isbn", "ISBN", role_value(rs, r, ROLE_ISBN), 0);
	ids(&e, "issn", "ISSN", role_value(rs, r, ROLE_ISSN), 1);
	doi = cite_doi(role_value(rs, r, ROLE_DOI));
	field(&e, "doi", "DOI", doi.s, doi.len);
	f = role_value(rs, r, ROLE_PMID);
	if (f->len > 0) {
		field(&e, "eprint", "PMID", f->s, f->len);
		field(&e, "eprinttype", "", "pubmed", 6);
	}
	f = role_value(rs, r, ROLE_URL);
	field(&e, "url", "URL", f->s, f->len);
	date_field(&e, "urldate", role_value(rs, r, ROLE_ACCESS_DATE));
	f = role_value(rs, r, ROLE_FORMAT);
	field(&e, "howpublished", "Format", f->s, f->len);
	f = role_value(rs, r, ROLE_ABSTRACT);
	field(&e, "abstract", "", f->s, f->len);
	keyword_list(rs, r, &kw);
	field(&e, "keywords", "", kw.s, kw.len);
	buf_free(&kw);
	cite_archive_note(rs, r, note, sizeof note);
	if (note[0] != '\0') {
		if (e.extra.len > 0)
			buf_adds(&e.extra, ". ");
		buf_adds(&e.extra, note);
	}
	if (e.extra.len > 0) {
		out_puts(o, "  note = {");
		tex(o, e.extra.s, e.extra.len);
		out_puts(o, "},\n");
	}
	buf_free(&e.extra);
	out_puts(o, "}\n\n");
}

static void
bib_end(struct out *o, const struct view *v, size_t nrows)
{
	(void)v;
	(void)nrows;
	strmap_free(o->state);
	free(o->state);
	o->state = NULL;
}

const struct formatter out_bibtex = { bib_begin, bib_row, bib_end };
