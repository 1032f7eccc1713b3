#include "lang.h"

#include <string.h>
#include <strings.h>

#include "fold.h"

static int
eq_nocase(const char *a, size_t an, const char *b, size_t bn)
{
	return an == bn && strncasecmp(a, b, an) == 0;
}

static void
trim(const char **s, size_t *n)
{
	while (*n > 0 && (**s == ' ' || **s == '\t'))
		(*s)++, (*n)--;
	while (*n > 0 && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == '\t'))
		(*n)--;
}

/* How the folded s[0, n) matches the "; "-separated folded names: 2 whole,
 * 1 as a base name (the part before ", " or " (", as "greek" of "greek,
 * modern (1453-)"; only if base, when s holds neither), 0 not at all. */
static int
name_match(const char *names, const char *s, size_t n, int base)
{
	const char *p = names;
	size_t i;

	for (;;) {
		for (i = 0; i < n && p[i] != '\0' && p[i] == s[i]; i++)
			;
		if (i == n) {
			if (p[n] == '\0' || (p[n] == ';' && p[n + 1] == ' '))
				return 2;
			if (base && ((p[n] == ',' && p[n + 1] == ' ') ||
			    (p[n] == ' ' && p[n + 1] == '(')))
				return 1;
		}
		if ((p = strstr(p + i, "; ")) == NULL)
			return 0;
		p += 2;
	}
}

/* The code of the language named s[0, n), trimmed and not empty: a whole
 * name, in English before one in the language itself, or else a base
 * name, so that no base name hides a whole one. A base name of two
 * languages names neither ("Norsk": "Norsk (nynorsk)", "Norsk, bokmål"). */
static const char *
name_code(const char *s, size_t n)
{
	struct foldbuf fb = { NULL, 0, 0 };
	char ascii[64];
	const char *f = ascii, *code = NULL, *based = NULL;
	size_t i;
	int base = 1, two = 0;

	for (i = 0; i < n && i < sizeof ascii && (unsigned char)s[i] < 0x80;
	    i++)	/* ASCII folds to lower case: no allocation */
		ascii[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] | 0x20) :
		    s[i];
	if (i < n) {
		fold(&fb, s, n);
		f = fb.s;
		n = fb.len;
	}
	for (i = 0; i + 1 < n; i++)
		if ((f[i] == ',' && f[i + 1] == ' ') ||
		    (f[i] == ' ' && f[i + 1] == '('))
			base = 0;
	for (i = 0; i < lang_keys_len && code == NULL; i++)
		switch (name_match(lang_keys[i].names, f, n, base)) {
		case 2:
			code = lang_keys[i].code;
			break;
		case 1:
			if (based == NULL)
				based = lang_keys[i].code;
			else if (strcmp(based, lang_keys[i].code) != 0)
				two = 1;
			break;
		}
	foldbuf_free(&fb);
	return code != NULL ? code : two ? NULL : based;
}

/* The ISO 639-1 code of the ISO 639 code s[0, n), or NULL. */
static const char *
code_code(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < lang_table_len; i++) {
		const struct lang_entry *e = &lang_table[i];

		if (eq_nocase(e->code, 2, s, n) ||
		    eq_nocase(e->alpha3, 3, s, n) ||
		    eq_nocase(e->bib, 3, s, n))
			return e->code;
	}
	return NULL;
}

const char *
lang_code(const char *s, size_t n)
{
	const char *code;
	size_t k;

	trim(&s, &n);
	if (n == 0)
		return NULL;
	if ((code = code_code(s, n)) != NULL)
		return code;
	/* A code with a subtag: "en-US" -> "en" ("Isi-Zulu" is a name). */
	for (k = 0; k < n && k <= 3; k++)
		if (s[k] == '-' || s[k] == '_') {
			if ((code = code_code(s, k)) != NULL)
				return code;
			break;
		}
	/* The table's own string, so that codes compare as pointers: a
	 * name's code is another copy of it ("de"), and the linker merges
	 * copies only when nothing (AddressSanitizer) keeps them apart. */
	if ((code = name_code(s, n)) != NULL)
		return code_code(code, strlen(code));
	return NULL;
}

/* Where the item of s[0, n) that runs over k commas ends: before the
 * separator after them, or at n; 0 if a separator other than ',', or n,
 * comes first. */
static size_t
end_after_commas(const char *s, size_t n, const char *seps, size_t k)
{
	size_t i, seen = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '\0' || strchr(seps, s[i]) == NULL)
			continue;
		if (s[i] != ',' || seen == k)
			return seen == k ? i : 0;
		seen++;
	}
	return seen == k ? n : 0;
}

static int
is_comma_name(const char *s, size_t n)
{
	struct foldbuf fb = { NULL, 0, 0 };
	size_t i;
	int found = 0;

	trim(&s, &n);
	fold(&fb, s, n);
	for (i = 0; i < lang_comma_names_len && !found; i++)
		found = strlen(lang_comma_names[i].names) == fb.len &&
		    memcmp(lang_comma_names[i].names, fb.s, fb.len) == 0;
	foldbuf_free(&fb);
	return found;
}

size_t
lang_item_len(const char *s, size_t n, const char *seps)
{
	size_t first, end, k;

	for (first = 0; first < n; first++)
		if (s[first] != '\0' && strchr(seps, s[first]) != NULL)
			break;
	if (first == n || s[first] != ',')
		return first;
	for (k = lang_comma_names_most; k > 0; k--)
		if ((end = end_after_commas(s, n, seps, k)) > 0 &&
		    is_comma_name(s, end))
			return end;
	return first;
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
