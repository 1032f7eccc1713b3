/* Languages: ISO 639-1 codes, with the ISO 639-2 codes and English names
 * of the iso-codes package, so that "ru", "rus", "Russian" and "ru-RU"
 * all name Russian. */
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

/* The ISO 639-1 code that s[0, n) names, or NULL. Case is ignored, and a
 * region or script subtag ("en-US", "pt_BR") is dropped. */
const char *lang_code(const char *s, size_t n);
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
