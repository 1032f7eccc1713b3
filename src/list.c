#include "list.h"

#include <string.h>

#include "lang.h"

void
list_option(struct list *l, const char *value)
{
	l->p = value;
	l->end = value + strlen(value);
	l->seps = ",";
	l->field = 0;
	l->langs = 0;
	l->done = 0;
}

void
list_field(struct list *l, const char *s, size_t n, const char *seps)
{
	l->p = s;
	l->end = s + n;
	l->seps = seps;
	l->field = 1;
	l->langs = 0;
	l->done = 0;
}

void
list_lang_names(struct list *l)
{
	l->langs = 1;
}

static int
is_sep(const struct list *l, char c)
{
	return strchr(l->seps, c) != NULL && c != '\0';
}

int
list_next(struct list *l, struct field *item)
{
	const char *p, *q;

	while (!l->done) {
		p = q = l->p;
		if (l->langs)
			q += lang_item_len(p, (size_t)(l->end - p), l->seps);
		else
			while (q < l->end && !is_sep(l, *q))
				q++;
		if (q < l->end)
			l->p = q + 1;
		else
			l->done = 1;
		if (l->field) {
			while (p < q && (*p == ' ' || *p == '\t'))
				p++;
			while (q > p && (q[-1] == ' ' || q[-1] == '\t'))
				q--;
			if (p == q)
				continue;
		}
		item->s = p;
		item->len = (size_t)(q - p);
		return 1;
	}
	return 0;
}

int
list_has(const char *list, size_t len, const char *s, size_t n)
{
	struct list l;
	struct field it;

	list_field(&l, list, len, ";");
	while (list_next(&l, &it))
		if (it.len == n && memcmp(it.s, s, n) == 0)
			return 1;
	return 0;
}
