/* Lists: the items of a comma list in an option's value ("ru,en",
 * "id,-date") and of a ";" list inside a field ("Putz, Catherine; Terzi,
 * Giulio"). One splitter for each, so that every option and every field
 * reads its lists the same way. */
#ifndef CITEQ_LIST_H
#define CITEQ_LIST_H

#include <stddef.h>

#include "record.h"

struct list {
	const char *p, *end;
	const char *seps;
	int field;		/* a field's list: trimmed, no empty items */
	int langs;		/* items are language names (list_lang_names) */
	int done;
};

/* An option's value split at each comma: every item as typed, empty ones
 * included ("a,,b" has three items, "" one), for the caller to refuse. */
void list_option(struct list *, const char *value);
/* A field's list split at any byte of seps (";" for authors and cites,
 * ";," for languages): items with the blanks around them taken off, empty
 * ones left out. */
void list_field(struct list *, const char *s, size_t n, const char *seps);
/* The items are language names, which may hold a separator ("Greek,
 * Modern (1453-)"): each ends where lang_item_len() says. Call after
 * list_option() or list_field(). */
void list_lang_names(struct list *);
/* The next item; 1, or 0 at the end. */
int list_next(struct list *, struct field *item);

/* Does the field's ";" list hold the item s[0, n)? */
int list_has(const char *list, size_t len, const char *s, size_t n);

#endif
