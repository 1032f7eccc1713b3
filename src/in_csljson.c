/* CSL-JSON inputs: an array of CSL items (Zotero, pandoc, citeq -f csl),
 * read one item at a time by jansson, so that an item's line is known. */
#include "in.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "display.h"
#include "lang.h"

/* A string or a number as text, into buf; NULL if neither. */
static const char *
scalar(const json_t *v, char *buf, size_t len)
{
	if (json_is_string(v))
		return json_string_value(v);
	if (json_is_integer(v)) {
		snprintf(buf, len, "%lld", (long long)json_integer_value(v));
		return buf;
	}
	if (json_is_real(v)) {
		snprintf(buf, len, "%g", json_real_value(v));
		return buf;
	}
	return NULL;
}

static void
set_scalar(struct in_table *t, const char *col, const json_t *v)
{
	char num[64];
	const char *s = scalar(v, num, sizeof num);

	if (s != NULL)
		in_table_set(t, col, s, strlen(s));
}

/* CSL names as "Family, Given; ..." with particles and suffixes. */
static void
set_names(struct in_table *t, const char *col, const json_t *list)
{
	struct buf b = { NULL, 0, 0 };
	const json_t *p;
	const char *s;
	size_t i;

	json_array_foreach(list, i, p) {
		if (b.len > 0)
			buf_adds(&b, "; ");
		if ((s = json_string_value(json_object_get(p, "literal"))) !=
		    NULL) {
			buf_adds(&b, s);
			continue;
		}
		if ((s = json_string_value(json_object_get(p,
		    "non-dropping-particle"))) != NULL) {
			buf_adds(&b, s);
			buf_addc(&b, ' ');
		}
		if ((s = json_string_value(json_object_get(p, "family"))) !=
		    NULL)
			buf_adds(&b, s);
		if ((s = json_string_value(json_object_get(p, "suffix"))) !=
		    NULL) {
			buf_adds(&b, ", ");
			buf_adds(&b, s);
		}
		if ((s = json_string_value(json_object_get(p, "given"))) !=
		    NULL) {
			buf_adds(&b, ", ");
			buf_adds(&b, s);
			if ((s = json_string_value(json_object_get(p,
			    "dropping-particle"))) != NULL) {
				buf_addc(&b, ' ');
				buf_adds(&b, s);
			}
		}
	}
	if (b.len > 0)
		in_table_set(t, col, b.s, b.len);
	free(b.s);
}

/* A CSL date: date-parts (one date or two, a range) as ISO 8601, else
 * its raw or literal text. */
static void
set_date(struct in_table *t, const char *col, const json_t *d)
{
	const json_t *parts = json_object_get(d, "date-parts"), *one;
	char out[64], num[64];
	size_t i, k, n = 0;
	const char *s;

	if (json_is_array(parts) && json_array_size(parts) > 0) {
		json_array_foreach(parts, i, one) {
			if (i > 1 || !json_is_array(one))
				break;
			if (i == 1)
				n += (size_t)snprintf(out + n, sizeof out - n,
				    "/");
			for (k = 0; k < json_array_size(one) && k < 3; k++) {
				long v;

				if ((s = scalar(json_array_get(one, k), num,
				    sizeof num)) == NULL)
					break;
				v = strtol(s, NULL, 10);
				n += (size_t)snprintf(out + n, sizeof out - n,
				    k == 0 ? "%04ld" : "-%02ld", v);
				if (n >= sizeof out)
					return;
			}
		}
		if (n > 0 && n < sizeof out) {
			in_table_set(t, col, out, n);
			return;
		}
	}
	if ((s = json_string_value(json_object_get(d, "raw"))) != NULL ||
	    (s = json_string_value(json_object_get(d, "literal"))) != NULL)
		in_table_set(t, col, s, strlen(s));
}

static const char *
row_type(const char *csl)
{
	static const char *const map[][2] = {
		{ "article-journal", "journalArticle" },
		{ "article-newspaper", "newspaperArticle" },
		{ "article-magazine", "magazineArticle" },
		{ "webpage", "webpage" }, { "post-weblog", "webpage" },
		{ "post", "webpage" }, { "book", "book" },
		{ "chapter", "bookSection" },
		{ "paper-conference", "conferencePaper" },
	};
	size_t i;

	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(csl, map[i][0]) == 0)
			return map[i][1];
	return csl;
}

static void
item_row(struct in_table *t, const json_t *item, unsigned long line)
{
	static const char *const same[][2] = {
		{ "title", "title" }, { "container-title", "source" },
		{ "URL", "url" }, { "DOI", "doi" }, { "ISBN", "isbn" },
		{ "ISSN", "issn" }, { "volume", "volume" },
		{ "issue", "issue" }, { "page", "pages" },
		{ "publisher", "publisher" },
		{ "publisher-place", "place" }, { "abstract", "abstract" },
		{ "note", "note" }, { "collection-title", "series" },
		{ "edition", "edition" }, { "PMID", "pmid" },
	};
	const char *key, *s, *code;
	const json_t *v;
	size_t i;
	int known;

	in_table_row(t, line);
	set_scalar(t, "id", json_object_get(item, "id"));
	if ((s = json_string_value(json_object_get(item, "type"))) != NULL)
		in_table_set(t, "type", row_type(s), strlen(row_type(s)));
	set_names(t, "author", json_object_get(item, "author"));
	set_names(t, "editor", json_object_get(item, "editor"));
	set_date(t, "date", json_object_get(item, "issued"));
	set_date(t, "access_date", json_object_get(item, "accessed"));
	if ((s = json_string_value(json_object_get(item, "language"))) !=
	    NULL) {
		code = lang_code(s, strlen(s));
		in_table_set(t, "lang", code != NULL ? code : s,
		    strlen(code != NULL ? code : s));
	}
	for (i = 0; i < sizeof same / sizeof same[0]; i++)
		set_scalar(t, same[i][1], json_object_get(item, same[i][0]));
	if ((s = json_string_value(json_object_get(item, "keyword"))) !=
	    NULL) {
		struct buf k = { NULL, 0, 0 };
		const char *p = s, *e;

		while (*p != '\0') {
			p += strspn(p, " ,");
			e = p + strcspn(p, ",");
			while (e > p && e[-1] == ' ')
				e--;
			if (e > p) {
				if (k.len > 0)
					buf_adds(&k, "; ");
				buf_add(&k, p, (size_t)(e - p));
			}
			p = e + strcspn(e, ",");
		}
		if (k.len > 0)
			in_table_set(t, "keywords", k.s, k.len);
		free(k.s);
	}
	/* The others under their own names, when they are text or a
	 * number */
	json_object_foreach((json_t *)item, key, v) {
		static const char *const taken[] = { "id", "type", "author",
			"editor", "issued", "accessed", "language", "keyword",
			NULL };

		known = 0;
		for (i = 0; taken[i] != NULL; i++)
			known |= strcmp(key, taken[i]) == 0;
		for (i = 0; i < sizeof same / sizeof same[0]; i++)
			known |= strcmp(key, same[i][0]) == 0;
		if (!known && in_table_get(t, key) == NULL)
			set_scalar(t, key, v);
	}
}

static unsigned long
lines_in(const char *s, const char *e)
{
	unsigned long n = 0;

	for (; s < e; s++)
		n += *s == '\n';
	return n;
}

int
in_csljson(const char *buf, size_t len, const char *name,
    struct in_table *t, struct diag_sink *d)
{
	const char *p = buf, *end = buf + len, *seen = buf;
	unsigned long line = 1;
	json_error_t err;
	json_t *item;
	int array;

	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
	    *p == '\n'))
		p++;
	if (p >= end)
		return 0;
	array = *p == '[';
	if (array)
		p++;
	for (;;) {
		while (p < end && strchr(" \t\r\n,", *p) != NULL && *p != '\0')
			p++;
		if (p >= end) {
			if (array)
				diag_error(d, name, line + lines_in(seen, p),
				    "the array of items is not closed");
			return 0;
		}
		line += lines_in(seen, p);
		seen = p;
		if (array && *p == ']')
			return 0;
		item = json_loadb(p, (size_t)(end - p), JSON_DISABLE_EOF_CHECK |
		    JSON_DECODE_ANY, &err);
		if (item == NULL) {
			diag_error(d, name, line + (unsigned long)(err.line > 0 ?
			    err.line - 1 : 0), "%s", err.text);
			return -1;
		}
		if (json_is_object(item))
			item_row(t, item, line);
		else
			diag_error(d, name, line, "a CSL item is an object");
		json_decref(item);
		if (err.position <= 0)
			return -1;
		p += err.position;
		if (!array)
			return 0;
	}
}
