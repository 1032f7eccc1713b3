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

/* Years have four digits, as the readers want: "0101", not "101". */
int
cs1_date_text(const char *iso, char *buf, size_t len)
{
	struct field f = { iso, strlen(iso) };
	struct cite_date cd;
	const int *y = cd.y, *m = cd.m, *d = cd.d;

	if (cite_date(&f, &cd) != 0)
		return -1;
	if (!cd.range) {
		if (cd.parts[0] == 1)
			snprintf(buf, len, "%04d", y[0]);
		else if (cd.parts[0] == 2)
			snprintf(buf, len, "%s %04d", months[m[0] - 1], y[0]);
		else
			snprintf(buf, len, "%d %s %04d", d[0], months[m[0] - 1],
			    y[0]);
	} else if (cd.parts[0] == 1) {
		if (y[0] / 100 == y[1] / 100)
			snprintf(buf, len, "%04d" EN_DASH "%02d", y[0], y[1] % 100);
		else
			snprintf(buf, len, "%04d" EN_DASH "%04d", y[0], y[1]);
	} else if (cd.parts[0] == 2) {
		if (y[0] == y[1])
			snprintf(buf, len, "%s" EN_DASH "%s %04d",
			    months[m[0] - 1], months[m[1] - 1], y[0]);
		else
			snprintf(buf, len, "%s %04d" EN_DASH "%s %04d",
			    months[m[0] - 1], y[0], months[m[1] - 1], y[1]);
	} else if (y[0] == y[1] && m[0] == m[1]) {
		snprintf(buf, len, "%d" EN_DASH "%d %s %04d", d[0], d[1],
		    months[m[0] - 1], y[0]);
	} else if (y[0] == y[1]) {
		snprintf(buf, len, "%d %s " EN_DASH " %d %s %04d", d[0],
		    months[m[0] - 1], d[1], months[m[1] - 1], y[0]);
	} else {
		snprintf(buf, len, "%d %s %04d " EN_DASH " %d %s %04d", d[0],
		    months[m[0] - 1], y[0], d[1], months[m[1] - 1], y[1]);
	}
	return 0;
}

/* ---- reading ---- */

static int
starts(const char *s, const char *end, const char *prefix)
{
	size_t n = strlen(prefix);

	return (size_t)(end - s) >= n && memcmp(s, prefix, n) == 0;
}

static int
ends(const char *s, const char *end, const char *suffix)
{
	size_t n = strlen(suffix);

	return (size_t)(end - s) >= n && memcmp(end - n, suffix, n) == 0;
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

static const char *
find(const char *s, const char *end, const char *what)
{
	size_t n = strlen(what);

	for (; s + n <= end; s++)
		if (memcmp(s, what, n) == 0)
			return s;
	return NULL;
}

/* "Family, Given", "Family, Given; Family, Given", or a pair printed as
 * "Hebel und Sydow, Christina und Christoph" (also with "and"). */
static void
read_authors(struct cs1 *c, const char *s, const char *end)
{
	static const char *const joins[] = { " und ", " and ", NULL };
	const char *comma = find(s, end, ", "), *j1, *j2;
	size_t i;

	for (i = 0; comma != NULL && joins[i] != NULL; i++) {
		if ((j1 = find(s, comma, joins[i])) == NULL ||
		    (j2 = find(comma + 2, end, joins[i])) == NULL ||
		    find(j1 + 1, comma, joins[i]) != NULL)
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
}

/* The pieces after the title: source, date, archive, retrieved. */
static int
read_tail(struct cs1 *c, const char *s, const char *end, char *err,
    size_t errlen)
{
	while (s < end) {
		const char *stop = find(s, end, ". "), *e;
		char *iso;

		e = stop ? stop : end;
		if (stop == NULL && e > s && e[-1] == '.')
			e--;
		if (starts(s, e, "Archived from the original on ") &&
		    c->archive_date == NULL) {
			s += strlen("Archived from the original on ");
			if ((c->archive_date = cs1_iso(s, (size_t)(e - s))) ==
			    NULL)
				goto bad;
		} else if (starts(s, e, "Retrieved ") && c->access_date == NULL) {
			s += strlen("Retrieved ");
			if ((c->access_date = cs1_iso(s, (size_t)(e - s))) ==
			    NULL)
				goto bad;
		} else if (e - s == 3 && memcmp(s, "n.d", 3) == 0) {
			note(c, CS1_NOTE_ND, "", 0, "");
		} else if (c->date == NULL && (iso = cs1_iso(s,
		    (size_t)(e - s))) != NULL) {
			c->date = iso;
		} else if (c->source == NULL) {
			c->source = xstrndup(s, (size_t)(e - s));
		} else {
			note(c, "Not understood: ", s, (size_t)(e - s), "");
		}
		s = stop ? stop + 2 : end;
	}
	return 0;
bad:
	snprintf(err, errlen, "not a date: '%.*s'", (int)(end - s > 40 ? 40 :
	    end - s), s);
	return -1;
}

int
cs1_parse(const char *text, size_t n, struct cs1 *c, char *err,
    size_t errlen)
{
	const char *s = text, *end = text + n, *q, *close, *p;

	memset(c, 0, sizeof *c);
	while (s < end && (*s == ' ' || *s == '\t'))
		s++;
	while (end > s && (end[-1] == ' ' || end[-1] == '\t' ||
	    end[-1] == '\r'))
		end--;
	if (s == end) {
		note(c, CS1_NOTE_EMPTY, "", 0, "");
		return 0;
	}
	if (ends(s, end, "[permanent dead link]")) {
		c->dead = 1;
		end -= strlen("[permanent dead link]");
	} else if (ends(s, end, "[dead link]")) {
		c->dead = 1;
		end -= strlen("[dead link]");
		note(c, CS1_NOTE_DEADLINK, "", 0, "");
	}
	if ((q = memchr(s, '"', (size_t)(end - s))) == NULL) {
		c->title = xstrndup(s, (size_t)(end - s));
		note(c, CS1_NOTE_BARE, "", 0, "");
		return 0;
	}
	/* Authors (Date). before the title */
	if (q > s) {
		const char *paren = NULL;

		for (p = s; p + 1 < q; p++)
			if (p[0] == ' ' && p[1] == '(')
				paren = p;
		if (paren == NULL || !ends(s, q, "). ")) {
			snprintf(err, errlen, "text before the title is not "
			    "\"Authors (Date). \"");
			return -1;
		}
		read_authors(c, s, paren);
		if (q - 3 - (paren + 2) == 4 && memcmp(paren + 2, "n.d.", 4) ==
		    0)
			note(c, CS1_NOTE_ND, "", 0, "");
		else if ((c->date = cs1_iso(paren + 2, (size_t)(q - 3 -
		    (paren + 2)))) == NULL) {
			snprintf(err, errlen, "not a date: '%.*s'",
			    (int)(q - 3 - (paren + 2)), paren + 2);
			return -1;
		}
	}
	/* The title runs to the last quote: titles may quote inside. */
	for (close = end - 1; close > q && *close != '"'; close--)
		;
	if (close == q) {
		snprintf(err, errlen, "the title's quotation mark is not closed");
		return -1;
	}
	c->title = xstrndup(q + 1, (size_t)(close - q - 1));
	p = close + 1;
	while (starts(p, end, " (")) {
		const char *rp = memchr(p, ')', (size_t)(end - p));

		if (rp == NULL)
			break;
		/* Stated twice: the first holds, the second is only noted
		 * (it would otherwise replace, and leak, the first). */
		if ((rp - p - 2 == 3 && memcmp(p + 2, "PDF", 3) == 0 &&
		    c->format != NULL) || (starts(p + 2, rp, "in ") &&
		    c->lang != NULL)) {
			note(c, "Not understood: ", p + 1, (size_t)(rp + 1 -
			    (p + 1)), "");
		} else if (rp - p - 2 == 3 && memcmp(p + 2, "PDF", 3) == 0) {
			c->format = xstrdup("PDF");
		} else if (starts(p + 2, rp, "in ")) {
			const char *code = lang_code(p + 5, (size_t)(rp - p - 5));

			if (code == NULL) {
				snprintf(err, errlen, "unknown language '%.*s'",
				    (int)(rp - p - 5), p + 5);
				return -1;
			}
			c->lang = xstrdup(code);
			note(c, CS1_NOTE_STATED, "", 0, "");
		} else {
			break;
		}
		p = rp + 1;
	}
	if (p < end && *p == '.')
		p++;
	while (p < end && *p == ' ')
		p++;
	return read_tail(c, p, end, err, errlen);
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
	buf_free(&c->note);
}

/* ---- writing ---- */

static int
has_note(const char *note, const char *phrase)
{
	return note != NULL && strstr(note, phrase) != NULL;
}

static void
add_date(struct buf *b, const char *iso)
{
	char text[96];

	if (cs1_date_text(iso, text, sizeof text) == 0)
		buf_adds(b, text);
	else
		buf_adds(b, iso);	/* not a date: as it is */
}

void
cs1_render(struct buf *b, const char *authors, const char *title,
    const char *source, const char *date, const char *lang,
    const char *access_date, const char *archive_date,
    const char *url_status, const char *format, const char *note)
{
	const char *printed = note ? strstr(note, CS1_NOTE_AUTHORS) : NULL;
	int dead = url_status != NULL && strcmp(url_status, "dead") == 0;

	if (has_note(note, CS1_NOTE_EMPTY))
		return;
	if (has_note(note, CS1_NOTE_BARE)) {
		buf_adds(b, title);
		goto end;
	}
	if (*authors) {
		if (printed != NULL) {
			const char *s = printed + strlen(CS1_NOTE_AUTHORS);
			const char *e = strchr(s, '"');

			buf_add(b, s, e ? (size_t)(e - s) : strlen(s));
		} else {
			buf_adds(b, authors);
		}
		if (*date) {
			buf_adds(b, " (");
			add_date(b, date);
			buf_adds(b, ")");
		} else if (has_note(note, CS1_NOTE_ND)) {
			buf_adds(b, " (n.d.)");
		}
		buf_adds(b, ". ");
	}
	buf_addc(b, '"');
	buf_adds(b, title);
	buf_addc(b, '"');
	if (*format) {
		buf_adds(b, " (");
		buf_adds(b, format);
		buf_adds(b, ")");
	}
	if (has_note(note, CS1_NOTE_STATED) && lang_name(lang) != NULL) {
		const char *name = lang_name(lang);

		buf_adds(b, " (in ");
		buf_add(b, name, strcspn(name, ";,("));
		buf_adds(b, ")");
	}
	buf_addc(b, '.');
	if (*source) {
		buf_addc(b, ' ');
		buf_adds(b, source);
		buf_addc(b, '.');
	}
	if (*date && !*authors) {
		buf_addc(b, ' ');
		add_date(b, date);
		buf_addc(b, '.');
	} else if (!*authors && has_note(note, CS1_NOTE_ND)) {
		buf_adds(b, " n.d.");
	}
	if (*archive_date) {
		buf_adds(b, " Archived from the original on ");
		add_date(b, archive_date);
		buf_addc(b, '.');
	}
	if (*access_date) {
		buf_adds(b, " Retrieved ");
		add_date(b, access_date);
		buf_addc(b, '.');
	}
end:
	if (dead)
		buf_adds(b, has_note(note, CS1_NOTE_DEADLINK) ? "[dead link]" :
		    "[permanent dead link]");
}
