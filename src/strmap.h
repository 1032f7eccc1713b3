/* A map from byte strings to numbers, in the order the keys came: an
 * array of entries and an open-addressing hash index over it, so that a
 * lookup costs the same with a million keys as with ten. The frequency
 * table (-G), BibLaTeX's unique keys and --check's ids use it. */
#ifndef CITEQ_STRMAP_H
#define CITEQ_STRMAP_H

#include <stddef.h>
#include <stdint.h>

struct strmap_entry {
	char *key;		/* a copy, NUL-terminated (may hold NULs) */
	size_t len;
	uint64_t value;
};

struct strmap {
	struct strmap_entry *v;	/* in the order added */
	size_t n, cap;
	size_t *slot;		/* index + 1 into v; 0: empty */
	size_t nslot;		/* a power of two, or 0 */
};

void strmap_init(struct strmap *);
void strmap_free(struct strmap *);
/* The entry of key, or NULL. */
struct strmap_entry *strmap_find(const struct strmap *, const char *key,
    size_t len);
/* The entry of key, added with value 0 if it is new (*added says which).
 * Adding moves the entries: pointers to them from before are stale. */
struct strmap_entry *strmap_get(struct strmap *, const char *key, size_t len,
    int *added);

/* FNV-1a over n bytes. */
uint64_t hash_bytes(const char *s, size_t n);

#endif
