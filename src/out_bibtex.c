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
title_word(char *buf, size_t len, const struct field *t)
{
	static const char *const small[] = {
		"the", "and", "for", "with", "from", "des", "les", "der",
		"die", "das", "una", "per", NULL
	};
	const char *p = t->s, *end = t->s + t->len;
	size_t i;

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
			return;
		}
		while (p < end && *p == ' ')
			p++;
	}
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

/* A value in braces, with TeX's special characters escaped. */
static void
tex(struct out *o, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (s[i]) {
		case '\\': out_puts(o, "\\textbackslash{}"); break;
		case '{': case '}': case '%': case '&': case '$': case '#':
		case '_':
			out_putc(o, '\\');
			out_putc(o, s[i]);
			break;
		case '~': out_puts(o, "\\textasciitilde{}"); break;
		case '^': out_puts(o, "\\textasciicircum{}"); break;
		case '\n': case '\r': case '\t': out_putc(o, ' '); break;
		default: out_putc(o, s[i]);
		}
	}
}

static void
field(struct out *o, const char *name, const char *s, size_t n)
{
	if (n == 0)
		return;
	out_puts(o, "  ");
	out_puts(o, name);
	out_puts(o, " = {");
	tex(o, s, n);
	out_puts(o, "},\n");
}

/* A date column as an ISO 8601 field, when it holds a date. */
static void
date_field(struct out *o, const char *name, const struct field *f)
{
	struct cite_date cd;
	char iso[64];

	if (cite_date(f, &cd) != 0)
		return;
	cite_date_iso(&cd, iso, sizeof iso);
	field(o, name, iso, strlen(iso));
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
	static const char *const entry[] = {
		[WORK_NEWS] = "article", [WORK_JOURNAL] = "article",
		[WORK_MAGAZINE] = "article", [WORK_WEB] = "online",
		[WORK_BOOK] = "book", [WORK_CHAPTER] = "incollection",
		[WORK_CONFERENCE] = "inproceedings", [WORK_OTHER] = "misc",
	};
	const struct roles *rs = v->roles;
	const struct field *f;
	struct person *people;
	enum work w;
	size_t n, i;
	char key[128], buf[64], note[512];
	const char *lang, *code;

	(void)row;
	if (rs == NULL || !cite_is_reference(rs, r))
		return;
	w = cite_work(rs, r);
	n = cite_people(role_value(rs, r, ROLE_AUTHOR), &people);
	make_key(o, rs, r, people, n, key, sizeof key);
	out_putc(o, '@');
	out_puts(o, entry[w]);
	out_putc(o, '{');
	out_puts(o, key);
	out_puts(o, ",\n");
	if (n > 0) {
		out_puts(o, "  author = {");
		for (i = 0; i < n; i++) {
			if (i > 0)
				out_puts(o, " and ");
			if (people[i].given == NULL) {	/* a literal name */
				out_putc(o, '{');
				tex(o, people[i].family, strlen(people[i].family));
				out_putc(o, '}');
				continue;
			}
			tex(o, people[i].family, strlen(people[i].family));
			out_puts(o, ", ");
			tex(o, people[i].given, strlen(people[i].given));
		}
		out_puts(o, "},\n");
	}
	cite_people_free(people, n);
	if (w == WORK_NEWS || w == WORK_MAGAZINE)
		field(o, "entrysubtype", w == WORK_NEWS ? "newspaper" :
		    "magazine", w == WORK_NEWS ? 9 : 8);
	f = role_value(rs, r, ROLE_TITLE);
	if (f->len > 0) {
		/* Inner braces keep the title's case as it is. */
		out_puts(o, "  title = {{");
		tex(o, f->s, f->len);
		out_puts(o, "}},\n");
	}
	f = role_value(rs, r, ROLE_SOURCE);
	field(o, w == WORK_WEB ? "organization" : w == WORK_CHAPTER ||
	    w == WORK_CONFERENCE ? "booktitle" : w == WORK_BOOK ||
	    w == WORK_OTHER ? "series" : "journaltitle", f->s, f->len);
	f = role_value(rs, r, ROLE_PUBLISHER);
	field(o, "publisher", f->s, f->len);
	date_field(o, "date", role_value(rs, r, ROLE_DATE));
	if ((lang = cite_language(role_value(rs, r, ROLE_LANG), &code)) !=
	    NULL) {
		/* babel's names are the English ones in lower case. */
		for (i = 0; lang[i] && lang[i] != ',' && lang[i] != ';' &&
		    lang[i] != ' ' && i + 1 < sizeof buf; i++)
			buf[i] = (char)(lang[i] | 0x20);
		buf[i] = '\0';
		field(o, "langid", buf, strlen(buf));
	}
	f = role_value(rs, r, ROLE_URL);
	field(o, "url", f->s, f->len);
	date_field(o, "urldate", role_value(rs, r, ROLE_ACCESS_DATE));
	f = role_value(rs, r, ROLE_FORMAT);
	field(o, "howpublished", f->s, f->len);
	cite_archive_note(rs, r, note, sizeof note);
	field(o, "note", note, strlen(note));
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
