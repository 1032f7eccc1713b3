#include "record.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

const char *const col_names[COL__COUNT] = {
	"id", "kind", "author", "title", "source", "date", "lang", "url",
	"access_date", "archive_url", "archive_date", "url_status", "format",
	"cites", "note",
};

/* One allocation: the struct, the field array, then the bytes. */
static struct record *
record_alloc(size_t n, size_t bytes)
{
	struct record *r;
	size_t head = sizeof *r + n * sizeof r->f[0];

	r = xmalloc(head + bytes);
	r->n = n;
	r->f = (struct field *)(r + 1);
	r->file = NULL;
	r->line = 0;
	return r;
}

static struct record *
record_fill(struct record *r, const struct field *src)
{
	char *p = (char *)(r->f + r->n);
	size_t i;

	for (i = 0; i < r->n; i++) {
		memcpy(p, src[i].s, src[i].len);
		p[src[i].len] = '\0';
		r->f[i].s = p;
		r->f[i].len = src[i].len;
		p += src[i].len + 1;
	}
	return r;
}

struct record *
record_dup(const struct record *src)
{
	struct record *r;
	size_t i, bytes = 0;

	for (i = 0; i < src->n; i++)
		bytes += src->f[i].len + 1;
	r = record_fill(record_alloc(src->n, bytes), src->f);
	r->file = src->file;
	r->line = src->line;
	return r;
}

struct record *
record_make(size_t n, const char *const *values)
{
	struct field *tmp = xcalloc(n, sizeof *tmp);
	struct record *r;
	size_t i, bytes = 0;

	for (i = 0; i < n; i++) {
		tmp[i].s = values[i];
		tmp[i].len = strlen(values[i]);
		bytes += tmp[i].len + 1;
	}
	r = record_fill(record_alloc(n, bytes), tmp);
	free(tmp);
	return r;
}

void
schema_init(struct schema *s)
{
	s->n = s->cap = 0;
	s->names = NULL;
	s->flags = NULL;
}

void
schema_free(struct schema *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		free(s->names[i]);
	free(s->names);
	free(s->flags);
	schema_init(s);
}

size_t
schema_add(struct schema *s, const char *name, size_t len)
{
	if (s->n == s->cap) {	/* doubling: a header may have 100,000 names */
		s->cap = s->cap ? s->cap * 2 : 16;
		s->names = xreallocarray(s->names, s->cap, sizeof *s->names);
		if (s->flags != NULL) {
			s->flags = xrealloc(s->flags, s->cap);
			memset(s->flags + s->n, 0, s->cap - s->n);
		}
	}
	s->names[s->n] = xstrndup(name, len);
	return s->n++;
}

long
schema_find(const struct schema *s, const char *name)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		if (strcmp(s->names[i], name) == 0)
			return (long)i;
	return -1;
}

void
schema_set_flags(struct schema *s, size_t col, unsigned flags)
{
	if (s->flags == NULL)	/* most schemas never have flags */
		s->flags = xcalloc(s->cap ? s->cap : 1, 1);
	s->flags[col] = (unsigned char)flags;
}

unsigned
schema_flags(const struct schema *s, size_t col)
{
	return s->flags != NULL && col < s->n ? s->flags[col] : 0;
}

void
rowset_push(struct rowset *rs, struct record *r)
{
	if (rs->n == rs->cap) {
		rs->cap = rs->cap ? rs->cap * 2 : 64;
		rs->v = xreallocarray(rs->v, rs->cap, sizeof *rs->v);
	}
	rs->v[rs->n++] = r;
}

void
rowset_free(struct rowset *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++)
		free(rs->v[i]);
	free(rs->v);
	rs->v = NULL;
	rs->n = rs->cap = 0;
}
