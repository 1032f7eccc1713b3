/* JSON out: an array of objects (json) or one object a line (jsonl); keys
 * are column names, values strings, or numbers in a column the schema
 * marks as numbers (the counts of -G). Invalid UTF-8 becomes U+FFFD so that
 * the output is always valid JSON; control characters, C1 controls and
 * bidirectional controls are written as \u escapes. */
#include <string.h>
#include <unistr.h>

#include "out.h"

void
out_json_string(struct out *o, const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n, *run = p;
	char esc[8];
	ucs4_t uc;
	int len;

	out_putc(o, '"');
	while (p < end) {
		if (*p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\') {
			p++;
			continue;
		}
		out_write(o, (const char *)run, (size_t)(p - run));
		if (*p >= 0x80) {
			len = u8_mbtouc(&uc, p, (size_t)(end - p));
			if (uc == 0xFFFD && !(len == 3 && memcmp(p,
			    "\xEF\xBF\xBD", 3) == 0)) {
				out_puts(o, "\\ufffd");
				len = 1;
			} else if ((uc >= 0x80 && uc <= 0x9F) || uc == 0x061C ||
			    uc == 0x200E || uc == 0x200F ||
			    (uc >= 0x2028 && uc <= 0x202E) ||
			    (uc >= 0x2066 && uc <= 0x2069)) {
				/* C1 controls and bidirectional controls:
				 * escaped, so that the JSON text is inert. */
				snprintf(esc, sizeof esc, "\\u%04x",
				    (unsigned)uc);
				out_puts(o, esc);
			} else {
				out_write(o, (const char *)p, (size_t)len);
			}
			p += len;
			run = p;
			continue;
		}
		switch (*p) {
		case '"': out_puts(o, "\\\""); break;
		case '\\': out_puts(o, "\\\\"); break;
		case '\n': out_puts(o, "\\n"); break;
		case '\r': out_puts(o, "\\r"); break;
		case '\t': out_puts(o, "\\t"); break;
		case '\b': out_puts(o, "\\b"); break;
		case '\f': out_puts(o, "\\f"); break;
		default:
			snprintf(esc, sizeof esc, "\\u%04x", *p);
			out_puts(o, esc);
		}
		run = ++p;
	}
	out_write(o, (const char *)run, (size_t)(p - run));
	out_putc(o, '"');
}

/* A JSON integer: "0", or digits not starting with 0, maybe after "-". */
static int
is_json_int(const char *s, size_t n)
{
	size_t i = n > 0 && s[0] == '-';

	if (i == n || (s[i] == '0' && n - i > 1))
		return 0;
	for (; i < n; i++)
		if (s[i] < '0' || s[i] > '9')
			return 0;
	return 1;
}

static void
json_object(struct out *o, const struct view *v, const struct record *r)
{
	const struct field *f;
	size_t i;

	out_putc(o, '{');
	for (i = 0; i < v->n; i++) {
		const char *name = v->schema->names[v->cols[i]];

		if (i > 0)
			out_putc(o, ',');
		out_json_string(o, name, strlen(name));
		out_putc(o, ':');
		f = &r->f[v->cols[i]];
		/* A number column holds numbers; should one cell not be
		 * one, it stays a string, so that the JSON stays valid. */
		if ((schema_flags(v->schema, v->cols[i]) & COLUMN_NUMBER) &&
		    is_json_int(f->s, f->len))
			out_write(o, f->s, f->len);
		else
			out_json_string(o, f->s, f->len);
	}
	out_putc(o, '}');
}

/* ---- json: [ obj, obj ] with one object a line ---- */

static void
json_begin(struct out *o, const struct view *v)
{
	(void)v;
	out_putc(o, '[');
}

static void
json_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	out_puts(o, row == 0 ? "\n" : ",\n");
	json_object(o, v, r);
}

static void
json_end(struct out *o, const struct view *v, size_t nrows)
{
	(void)v;
	out_puts(o, nrows ? "\n]\n" : "]\n");
}

const struct formatter out_json = { json_begin, json_row, json_end };

/* ---- jsonl ---- */

static void
jsonl_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	(void)row;
	json_object(o, v, r);
	out_putc(o, '\n');
}

const struct formatter out_jsonl = { NULL, jsonl_row, NULL };
