/* CSL-JSON out: an array of items as citation processors (citeproc,
 * pandoc, Zotero) read them. Facts and empty rows are left out. */
#include <stdio.h>
#include <string.h>

#include "cite.h"
#include "display.h"
#include "out.h"

static const char *const csl_type[] = {
	[WORK_NEWS] = "article-newspaper", [WORK_JOURNAL] = "article-journal",
	[WORK_MAGAZINE] = "article-magazine", [WORK_WEB] = "webpage",
	[WORK_BOOK] = "book", [WORK_CHAPTER] = "chapter",
	[WORK_CONFERENCE] = "paper-conference", [WORK_OTHER] = "document",
};

static void
key(struct out *o, const char *name)
{
	out_puts(o, ",\"");
	out_puts(o, name);
	out_puts(o, "\":");
}

static void
string(struct out *o, const char *name, const struct field *f)
{
	if (f->len == 0)
		return;
	key(o, name);
	out_json_string(o, f->s, f->len);
}

static void
date(struct out *o, const char *name, const struct field *f)
{
	struct cite_date cd;
	char num[64];
	int i, end;

	if (cite_date(f, &cd) != 0)
		return;
	key(o, name);
	out_puts(o, "{\"date-parts\":[");
	for (end = 0; end <= cd.range; end++) {
		out_puts(o, end ? ",[" : "[");
		for (i = 0; i < cd.parts[end]; i++) {
			snprintf(num, sizeof num, "%s%d", i ? "," : "",
			    i == 0 ? cd.y[end] : i == 1 ? cd.m[end] : cd.d[end]);
			out_puts(o, num);
		}
		out_putc(o, ']');
	}
	out_puts(o, "]}");
}

/* A name list: family and given names, or a literal name. */
static void
names(struct out *o, const char *name, const struct field *f)
{
	struct person *people;
	size_t n = cite_people(f, &people), i;

	if (n > 0) {
		key(o, name);
		out_putc(o, '[');
		for (i = 0; i < n; i++) {
			out_puts(o, i ? ",{" : "{");
			if (people[i].given == NULL) {
				out_puts(o, "\"literal\":");
				out_json_string(o, people[i].family,
				    strlen(people[i].family));
			} else {
				out_puts(o, "\"family\":");
				out_json_string(o, people[i].family,
				    strlen(people[i].family));
				out_puts(o, ",\"given\":");
				out_json_string(o, people[i].given,
				    strlen(people[i].given));
				if (people[i].suffix != NULL) {
					out_puts(o, ",\"suffix\":");
					out_json_string(o, people[i].suffix,
					    strlen(people[i].suffix));
				}
			}
			out_putc(o, '}');
		}
		out_putc(o, ']');
	}
	cite_people_free(people, n);
}

static void
csl_begin(struct out *o, const struct view *v)
{
	(void)v;
	out_putc(o, '[');
	o->state = NULL;	/* non-NULL once an item is out */
}

static void
csl_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	const struct roles *rs = v->roles;
	const struct field *id;
	struct field fl, first, last;
	struct buf kw = { NULL, 0, 0 };
	char num[32], note[512], buf[512];
	const char *code;

	if (rs == NULL || !cite_is_reference(rs, r))
		return;
	out_puts(o, o->state ? ",\n{\"id\":" : "\n{\"id\":");
	o->state = o;
	id = role_value(rs, r, ROLE_ID);
	if (id->len > 0) {
		out_json_string(o, id->s, id->len);
	} else {
		snprintf(num, sizeof num, "\"row%zu\"", row + 1);
		out_puts(o, num);
	}
	key(o, "type");
	out_putc(o, '"');
	out_puts(o, csl_type[cite_work(rs, r)]);
	out_putc(o, '"');
	string(o, "title", role_value(rs, r, ROLE_TITLE));
	names(o, "author", role_value(rs, r, ROLE_AUTHOR));
	names(o, "editor", role_value(rs, r, ROLE_EDITOR));
	date(o, "issued", role_value(rs, r, ROLE_DATE));
	date(o, "accessed", role_value(rs, r, ROLE_ACCESS_DATE));
	string(o, "container-title", role_value(rs, r, ROLE_SOURCE));
	string(o, "publisher", role_value(rs, r, ROLE_PUBLISHER));
	string(o, "publisher-place", role_value(rs, r, ROLE_PLACE));
	string(o, "collection-title", role_value(rs, r, ROLE_SERIES));
	string(o, "edition", role_value(rs, r, ROLE_EDITION));
	string(o, "volume", role_value(rs, r, ROLE_VOLUME));
	string(o, "issue", role_value(rs, r, ROLE_ISSUE));
	if (cite_pages(rs, r, &first, &last) == 0) {
		snprintf(buf, sizeof buf, "%.*s%s%.*s", (int)first.len,
		    first.s, last.len ? "-" : "", (int)last.len, last.s);
		fl.s = buf;
		fl.len = strlen(buf);
		string(o, "page", &fl);
	}
	fl = cite_doi(role_value(rs, r, ROLE_DOI));
	string(o, "DOI", &fl);
	cite_isbn(role_value(rs, r, ROLE_ISBN), 0, buf, sizeof buf);
	fl.s = buf;
	fl.len = strlen(buf);
	string(o, "ISBN", &fl);
	cite_isbn(role_value(rs, r, ROLE_ISSN), 1, buf, sizeof buf);
	fl.len = strlen(buf);
	string(o, "ISSN", &fl);
	string(o, "PMID", role_value(rs, r, ROLE_PMID));
	string(o, "abstract", role_value(rs, r, ROLE_ABSTRACT));
	cite_keywords(rs, r, ", ", &kw);
	fl.s = kw.s;
	fl.len = kw.len;
	string(o, "keyword", &fl);
	buf_free(&kw);
	if (cite_language(role_value(rs, r, ROLE_LANG), &code) != NULL) {
		fl.s = code;
		fl.len = strlen(code);
		string(o, "language", &fl);
	}
	string(o, "URL", role_value(rs, r, ROLE_URL));
	string(o, "medium", role_value(rs, r, ROLE_FORMAT));
	cite_archive_note(rs, r, note, sizeof note);
	fl.s = note;
	fl.len = strlen(note);
	string(o, "note", &fl);
	out_putc(o, '}');
}

static void
csl_end(struct out *o, const struct view *v, size_t nrows)
{
	(void)v;
	(void)nrows;
	out_puts(o, o->state ? "\n]\n" : "]\n");
	o->state = NULL;
}

const struct formatter out_csl = { csl_begin, csl_row, csl_end };
