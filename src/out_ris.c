/* RIS out: one record a reference, "TAG  - value" lines, ending with ER.
 * Facts and empty rows are left out. Tags and types are those of the RIS
 * specification as Zotero writes them and citation-js reads them: a
 * conference paper is CONF (CPAPER has no ISBN, series or edition), an
 * editor is A3 in a book and A2 elsewhere (ED is RIS's older tag, which
 * readers of the current one drop). */
#include <stdio.h>
#include <string.h>

#include "cite.h"
#include "display.h"
#include "out.h"

static const char *const ris_type[] = {
	[WORK_NEWS] = "NEWS", [WORK_JOURNAL] = "JOUR",
	[WORK_MAGAZINE] = "MGZN", [WORK_WEB] = "ELEC", [WORK_BOOK] = "BOOK",
	[WORK_CHAPTER] = "CHAP", [WORK_CONFERENCE] = "CONF",
	[WORK_OTHER] = "GEN",
};

/* One tag; line breaks in the value become spaces. */
static void
tag(struct out *o, const char *t, const char *s, size_t n)
{
	size_t i;

	if (n == 0)
		return;
	out_puts(o, t);
	out_puts(o, "  - ");
	for (i = 0; i < n; i++)
		out_putc(o, s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
	out_putc(o, '\n');
}

/* The keywords, one KW line each. */
static void
keywords(struct out *o, const struct roles *rs, const struct record *r)
{
	struct buf kw = { NULL, 0, 0 };
	const char *p, *e;

	cite_keywords(rs, r, "\n", &kw);
	for (p = kw.s; p != NULL && *p != '\0'; p = e ? e + 1 : NULL) {
		e = strchr(p, '\n');
		tag(o, "KW", p, e ? (size_t)(e - p) : strlen(p));
	}
	buf_free(&kw);
}

/* A title without the HTML markup Zotero keeps in it (<i>, <b>, <sup>,
 * <sub>, small caps): RIS has none. */
static void
title_tag(struct out *o, const char *t, const struct field *f)
{
	struct buf b = { NULL, 0, 0 };

	cite_strip_markup(f->s, f->len, &b);
	tag(o, t, b.s, b.len);
	buf_free(&b);
}

/* A tag with the row's value for a role. */
static void
role_tag(struct out *o, const char *t, const struct roles *rs,
    const struct record *r, enum role role)
{
	const struct field *f = role_value(rs, r, role);

	tag(o, t, f->s, f->len);
}

/* RIS's name form: "Family, Given, Suffix". */
static void
person(char *buf, size_t len, const struct person *p)
{
	snprintf(buf, len, "%s%s%s%s%s", p->family, p->given ? ", " : "",
	    p->given ? p->given : "", p->suffix ? ", " : "", p->suffix ?
	    p->suffix : "");
}

static void
ris_date(struct out *o, const char *t, const struct field *f)
{
	struct cite_date cd;
	char buf[32];

	if (cite_date(f, &cd) != 0)
		return;
	if (cd.parts[0] == 1)
		snprintf(buf, sizeof buf, "%04d///", cd.y[0]);
	else if (cd.parts[0] == 2)
		snprintf(buf, sizeof buf, "%04d/%02d//", cd.y[0], cd.m[0]);
	else
		snprintf(buf, sizeof buf, "%04d/%02d/%02d/", cd.y[0], cd.m[0],
		    cd.d[0]);
	tag(o, t, buf, strlen(buf));
}

static void
ris_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	const struct roles *rs = v->roles;
	const struct field *f;
	struct person *people;
	struct cite_date cd;
	struct field first, last, doi;
	size_t n, i;
	const char *lang, *code;
	char buf[512] = "";

	(void)row;
	if (rs == NULL || !cite_is_reference(rs, r))
		return;
	tag(o, "TY", ris_type[cite_work(rs, r)], strlen(ris_type[cite_work(rs,
	    r)]));
	n = cite_people(role_value(rs, r, ROLE_AUTHOR), &people);
	for (i = 0; i < n; i++) {
		person(buf, sizeof buf, &people[i]);
		tag(o, "AU", buf, strlen(buf));
	}
	cite_people_free(people, n);
	title_tag(o, "TI", role_value(rs, r, ROLE_TITLE));
	role_tag(o, "T2", rs, r, ROLE_SOURCE);
	n = cite_people(role_value(rs, r, ROLE_EDITOR), &people);
	for (i = 0; i < n; i++) {
		person(buf, sizeof buf, &people[i]);
		/* a book's A2 is its series editor */
		tag(o, cite_work(rs, r) == WORK_BOOK ? "A3" : "A2", buf,
		    strlen(buf));
	}
	cite_people_free(people, n);
	role_tag(o, "PB", rs, r, ROLE_PUBLISHER);
	role_tag(o, "CY", rs, r, ROLE_PLACE);
	role_tag(o, "T3", rs, r, ROLE_SERIES);
	role_tag(o, "ET", rs, r, ROLE_EDITION);
	role_tag(o, "VL", rs, r, ROLE_VOLUME);
	role_tag(o, "IS", rs, r, ROLE_ISSUE);
	if (cite_pages(rs, r, &first, &last) == 0) {
		tag(o, "SP", first.s, first.len);
		tag(o, "EP", last.s, last.len);
	}
	doi = cite_doi(role_value(rs, r, ROLE_DOI));
	tag(o, "DO", doi.s, doi.len);
	cite_isbn(role_value(rs, r, ROLE_ISBN), 0, buf, sizeof buf);
	tag(o, "SN", buf, strlen(buf));
	cite_isbn(role_value(rs, r, ROLE_ISSN), 1, buf, sizeof buf);
	tag(o, "SN", buf, strlen(buf));
	f = role_value(rs, r, ROLE_DATE);
	ris_date(o, "DA", f);
	if (cite_date(f, &cd) == 0) {
		snprintf(buf, sizeof buf, "%04d", cd.y[0]);
		tag(o, "PY", buf, strlen(buf));
	}
	ris_date(o, "Y2", role_value(rs, r, ROLE_ACCESS_DATE));
	if ((lang = cite_language(role_value(rs, r, ROLE_LANG), &code)) != NULL)
		tag(o, "LA", lang, strlen(lang));
	role_tag(o, "UR", rs, r, ROLE_URL);
	role_tag(o, "M3", rs, r, ROLE_FORMAT);
	role_tag(o, "AB", rs, r, ROLE_ABSTRACT);
	keywords(o, rs, r);
	if (cite_date(role_value(rs, r, ROLE_ARCHIVE_DATE), &cd) == 0) {
		char iso[64];

		cite_date_iso(&cd, iso, sizeof iso);
		snprintf(buf, sizeof buf, "Archived on %s", iso);
		tag(o, "N1", buf, strlen(buf));
	}
	f = role_value(rs, r, ROLE_ARCHIVE_URL);
	if (f->len > 0) {
		snprintf(buf, sizeof buf, "Archive: %.*s", (int)f->len, f->s);
		tag(o, "N1", buf, strlen(buf));
	}
	f = role_value(rs, r, ROLE_URL_STATUS);
	if (f->len == 4 && memcmp(f->s, "dead", 4) == 0)
		tag(o, "N1", "Dead link", 9);
	out_puts(o, "ER  - \n\n");
}

const struct formatter out_ris = { NULL, ris_row, NULL };
