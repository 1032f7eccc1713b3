#include "schema.h"

#include <stdlib.h>
#include <string.h>

#include "roles.h"
#include "xalloc.h"

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
schema_normalise(const char *s, size_t n, char *out)
{
	size_t i;

	for (i = 0; i < n && i < 63; i++) {
		char c = s[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		else if (c == ' ' || c == '-')
			c = '_';
		out[i] = c;
	}
	out[i] = '\0';
}

long
schema_find_loose(const struct schema *s, const char *name)
{
	char a[64], b[64];
	long c;
	size_t i;

	if ((c = schema_find(s, name)) >= 0)
		return c;
	schema_normalise(name, strlen(name), a);
	for (i = 0; i < s->n; i++) {
		schema_normalise(s->names[i], strlen(s->names[i]), b);
		if (strcmp(a, b) == 0)
			return (long)i;
	}
	return -1;
}

long
schema_resolve(const struct schema *s, const char *name)
{
	struct roles rs;
	long c;
	int r;

	/* The name as it stands; then a role's own name, which means the
	 * role in any file (Scopus's "source" is its Source title, not its
	 * Source, the database); then the name in another case or spelling;
	 * then another tool's name for a role. */
	if ((c = schema_find(s, name)) >= 0)
		return c;
	r = role_of_name(name, strlen(name));
	roles_bind(&rs, s);
	if (r >= 0 && role_is_named(r, name) && rs.col[r][0] >= 0)
		return rs.col[r][0];
	if ((c = schema_find_loose(s, name)) >= 0)
		return c;
	return r >= 0 ? rs.col[r][0] : -1;
}
