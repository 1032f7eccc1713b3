#include "lang.h"

#include <string.h>
#include <strings.h>

static int
eq_nocase(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && strncasecmp(a, b, an) == 0;
}

/* Does s name one of the "; "-separated names, or its base name (the part
 * before ", " or " (", as "Greek" in "Greek, Modern (1453-)")? */
static int
name_matches(const char *names, const char *s, size_t n)
{
	const char *p = names, *end, *base;
	size_t len;

	for (;;) {
		end = strstr(p, "; ");
		len = end ? (size_t)(end - p) : strlen(p);
		if (eq_nocase(p, len, s, n))
			return 1;
		for (base = p; base < p + len; base++)
			if (strncmp(base, ", ", 2) == 0 ||
			    strncmp(base, " (", 2) == 0)
				break;
		if (base < p + len && eq_nocase(p, (size_t)(base - p), s, n))
			return 1;
		if (end == NULL)
			return 0;
		p = end + 2;
	}
}

const char *
lang_code(const char *s, size_t n)
{
	size_t i, k;

	while (n > 0 && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	/* Drop a subtag: "en-US" -> "en"; names never hold '-' or '_'. */
	for (k = 0; k < n && k <= 3; k++)
		if (s[k] == '-' || s[k] == '_') {
			n = k;
			break;
		}
	if (n == 0)
		return NULL;
	for (i = 0; i < lang_table_len; i++) {
		const struct lang_entry *e = &lang_table[i];

		if (eq_nocase(e->code, 2, s, n) ||
		    eq_nocase(e->alpha3, 3, s, n) ||
		    eq_nocase(e->bib, 3, s, n))
			return e->code;
	}
	for (i = 0; i < lang_table_len; i++)
		if (name_matches(lang_table[i].name, s, n))
			return lang_table[i].code;
	return NULL;
}

const char *
lang_code_cached(struct lang_cache *c, const char *s, size_t n)
{
	size_t h;

	if (n == 0 || n >= LANG_CACHE_KEY)
		return lang_code(s, n);
	h = ((unsigned char)s[0] * 31u + (unsigned char)s[n - 1] * 7u + n) %
	    LANG_CACHE_SLOTS;
	if (c->slot[h].len != n || memcmp(c->slot[h].key, s, n) != 0) {
		memcpy(c->slot[h].key, s, n);
		c->slot[h].len = n;
		c->slot[h].code = lang_code(s, n);
	}
	return c->slot[h].code;
}

const char *
lang_name(const char *code)
{
	size_t i;

	for (i = 0; i < lang_table_len; i++)
		if (strcmp(lang_table[i].code, code) == 0)
			return lang_table[i].name;
	return NULL;
}
