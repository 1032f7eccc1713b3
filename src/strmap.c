#include "strmap.h"

#include <stdlib.h>
#include <string.h>

#include "xalloc.h"

uint64_t
hash_bytes(const char *s, size_t n)
{
	uint64_t h = 14695981039346656037ULL;
	size_t i;

	for (i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ULL;
	}
	return h;
}

void
strmap_init(struct strmap *m)
{
	memset(m, 0, sizeof *m);
}

void
strmap_free(struct strmap *m)
{
	size_t i;

	for (i = 0; i < m->n; i++)
		free(m->v[i].key);
	free(m->v);
	free(m->slot);
	strmap_init(m);
}

/* The slot of key, or the empty slot where it would go. */
static size_t *
slot_of(const struct strmap *m, const char *key, size_t len)
{
	size_t i = (size_t)hash_bytes(key, len) & (m->nslot - 1), k;

	while ((k = m->slot[i]) != 0 && (m->v[k - 1].len != len ||
	    memcmp(m->v[k - 1].key, key, len) != 0))
		i = (i + 1) & (m->nslot - 1);
	return &m->slot[i];
}

struct strmap_entry *
strmap_find(const struct strmap *m, const char *key, size_t len)
{
	size_t k = m->nslot ? *slot_of(m, key, len) : 0;

	return k ? &m->v[k - 1] : NULL;
}

struct strmap_entry *
strmap_get(struct strmap *m, const char *key, size_t len, int *added)
{
	struct strmap_entry *e;
	size_t i, *sl;

	if ((e = strmap_find(m, key, len)) != NULL) {
		*added = 0;
		return e;
	}
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 64;
		m->v = xreallocarray(m->v, m->cap, sizeof *m->v);
	}
	if ((m->n + 1) * 2 > m->nslot) {	/* at most half full */
		m->nslot = m->nslot ? m->nslot * 2 : 128;
		free(m->slot);
		m->slot = xcalloc(m->nslot, sizeof *m->slot);
		for (i = 0; i < m->n; i++)
			*slot_of(m, m->v[i].key, m->v[i].len) = i + 1;
	}
	e = &m->v[m->n];
	e->key = xmalloc(len + 1);
	if (len > 0)
		memcpy(e->key, key, len);
	e->key[len] = '\0';
	e->len = len;
	e->value = 0;
	sl = slot_of(m, key, len);
	*sl = ++m->n;
	*added = 1;
	return e;
}
