/* Languages: ISO 639-1 codes, with the ISO 639-2 codes, English names and
 * names in the language itself of the iso-codes package, so that "ru",
 * "rus", "Russian", "русский" and "ru-RU" all name Russian. */
#ifndef CITEQ_LANG_H
#define CITEQ_LANG_H

#include <stddef.h>

struct lang_entry {
	const char *code;	/* ISO 639-1 */
	const char *alpha3;	/* ISO 639-2/T */
	const char *bib;	/* ISO 639-2/B */
	const char *name;	/* English name(s), "; "-separated */
};

extern const struct lang_entry lang_table[];
extern const size_t lang_table_len;

/* The names looked up, folded as fold() folds text: the English names of
 * lang_table, then, for each language that iso-codes translates into
 * itself, its own name ("Deutsch", "français", "русский"), "; "-separated
 * as in lang_entry. Generated at build time by cmake/langkeys.c. */
struct lang_key {
	const char *code;	/* ISO 639-1 */
	const char *names;	/* folded */
};

extern const struct lang_key lang_keys[];
extern const size_t lang_keys_len;
/* The names of lang_keys that hold a comma, one variant each ("greek,
 * modern (1453-)"), and the most commas one holds. */
extern const struct lang_key lang_comma_names[];
extern const size_t lang_comma_names_len;
extern const size_t lang_comma_names_most;

/* The ISO 639-1 code that s[0, n) names, or NULL: a code, or a name in
 * English or in the language itself, whole or up to ", " or " (" ("Greek"
 * for "Greek, Modern (1453-)"; such a base name that two languages share,
 * as "Ndebele", names neither). Case is ignored in every script, and a
 * region or script subtag after a code ("en-US", "pt_BR") is dropped.
 * The code returned is always the language table's own string, so that two
 * codes are the same language when they are the same pointer. */
const char *lang_code(const char *s, size_t n);
/* The length of the language value at the start of s[0, n), the rest of a
 * list whose items end at any character of seps (which holds ','): a name
 * that holds commas ("Greek, Modern (1453-)", "Norsk, bokmål"), the longest
 * that ends where an item can end (before a separator or at n, blanks
 * aside), or else up to the first separator. lang_code() takes the value:
 *	len = lang_item_len(p, (size_t)(end - p), ",");
 *	code = lang_code(p, len);
 *	p += len;	(then past the separator at p, if p < end) */
size_t lang_item_len(const char *s, size_t n, const char *seps);
/* lang_code() for the values of a column, remembered: a file spells its
 * languages in few ways, and looking one up scans the whole table. */
#define LANG_CACHE_SLOTS	64
#define LANG_CACHE_KEY		16
struct lang_cache {
	struct {
		char key[LANG_CACHE_KEY];
		size_t len;		/* 0: empty slot */
		const char *code;
	} slot[LANG_CACHE_SLOTS];
};
const char *lang_code_cached(struct lang_cache *, const char *s, size_t n);
/* The English name of an ISO 639-1 code, or NULL. */
const char *lang_name(const char *code);

#endif
