/* Guessing the language of a title: a script that tells the language
 * (Greek, Hebrew, Thai, Armenian, Georgian, Devanagari, Hangul, kana, Han
 * alone), Arabic and Cyrillic by their letters, and Latin script only when
 * libexttextcat is sure (its ranking, English words, accented letters). */
#ifndef CITEQ_LANGGUESS_H
#define CITEQ_LANGGUESS_H

#include <stddef.h>

struct langguess;

/* NULL, with errno, when libexttextcat's models cannot be loaded. */
struct langguess *langguess_new(void);
void langguess_free(struct langguess *);

/* The ISO 639-1 code of text's language, or dflt when the text is too
 * short (fewer than four words in Latin script) or the models cannot
 * tell. */
const char *langguess(struct langguess *, const char *text, size_t n,
    const char *dflt);

#endif
