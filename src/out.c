#include "out.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "choice.h"
#include "xalloc.h"

void
out_write(struct out *o, const char *s, size_t n)
{
	size_t i;

	if (o->err != 0 || n == 0)
		return;
	if (o->fp == NULL) {
		if (o->memcap - o->memlen < n) {
			while (o->memcap - o->memlen < n)
				o->memcap = o->memcap ? o->memcap * 2 : 65536;
			o->mem = xrealloc(o->mem, o->memcap);
		}
		memcpy(o->mem + o->memlen, s, n);
		o->memlen += n;
		return;
	}
	if (n > 16) {
		if (fwrite(s, 1, n, o->fp) != n)
			o->err = errno ? errno : EIO;
		return;
	}
	/* Most pieces are short (a separator, a small field): POSIX's
	 * putc_unlocked puts them in stdio's buffer without a call. */
	for (i = 0; i < n; i++)
		if (putc_unlocked((unsigned char)s[i], o->fp) == EOF) {
			o->err = errno ? errno : EIO;
			return;
		}
}

void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void
out_putc(struct out *o, char c)
{
	out_write(o, &c, 1);
}

int
out_finish(struct out *o)
{
	if (o->err == 0 && o->fp != NULL && fflush(o->fp) != 0)
		o->err = errno ? errno : EIO;
	return o->err;
}

static const char *const format_names[] = {
	"table", "csv", "tsv", "json", "jsonl", "bibtex", "csl", "ris", "wiki",
	NULL
};

int
format_parse(const char *name)
{
	return choice_index(name, format_names);
}

const char *
format_name(enum format f)
{
	return format_names[f];
}

void
out_delimited(struct out *o, const struct view *v, const struct record *r,
    char sep, void (*field)(struct out *, const char *, size_t))
{
	size_t i;

	if (v->n == 0)
		return;
	for (i = 0; i < v->n; i++) {
		if (i > 0)
			out_putc(o, sep);
		if (r == NULL) {
			const char *name = v->schema->names[v->cols[i]];

			field(o, name, strlen(name));
		} else {
			field(o, r->f[v->cols[i]].s, r->f[v->cols[i]].len);
		}
	}
	out_putc(o, '\n');
}
