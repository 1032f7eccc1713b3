/* libFuzzer: option values (--id, --date, --lang, --kind, --since, --sort,
 * --fields), then the filter over the built-in data. The first byte picks
 * the options; the rest, split at newlines, are their values. A value
 * that starts with '~' is a text filter instead, or a flag: "~s", "~a",
 * "~t", "~g" then the text (a leading '!' negates it), "~E" (--regex),
 * "~w" (--word), "~v" (-v), "~|" (--any). */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cursor.h"
#include "filter.h"
#include "match.h"
#include "options.h"
#include "plan.h"
#include "sort.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct filter *f;
	struct options q;
	struct input in = { NULL, 0, 0, IN_AUTO };
	struct cursor *c;
	struct record row;
	struct sort_key *keys = NULL;
	size_t nkeys, ncols, k = 0;
	size_t *cols;
	char *s, *p, *next, err[256];
	unsigned pick;
	int flags = 0;

	if (size < 1)
		return 0;
	pick = data[0];
	f = filter_new();
	s = malloc(size);
	memcpy(s, data + 1, size - 1);
	s[size - 1] = '\0';
	memset(&q, 0, sizeof q);
	q.filter = f;
	q.format = FMT_CSV;
	for (p = s; p != NULL; p = next, k++) {
		if ((next = strchr(p, '\n')) != NULL)
			*next++ = '\0';
		if (p[0] == '~') {
			switch (p[1]) {
			case 's': filter_add_text(f, TEXT_SOURCE, p + 2); break;
			case 'a': filter_add_text(f, TEXT_AUTHOR, p + 2); break;
			case 't': filter_add_text(f, TEXT_TITLE, p + 2); break;
			case 'E': flags |= MATCH_REGEX; break;
			case 'w': flags |= MATCH_WORD; break;
			case 'v': filter_set_invert(f); break;
			case '|': filter_set_any(f); break;
			default: filter_add_text(f, TEXT_ANY, p + 1); break;
			}
			continue;
		}
		switch ((pick >> (k % 4 * 2)) & 3) {
		case 0: (void)filter_add_ids(f, p, err, sizeof err); break;
		case 1: (void)filter_add_date(f, p, err, sizeof err); break;
		case 2: (void)filter_add_lang(f, p, err, sizeof err); break;
		default: (void)filter_set_since(f, p, err, sizeof err); break;
		}
		if (k == 0)
			q.fields = p;
		if (k == 1)
			q.sort = p;
	}
	filter_set_text_flags(f, flags);
	(void)filter_compile(f, err, sizeof err);
	c = cursor_open(f, &in, 1, 0, NULL);
	if (q.fields != NULL && (cols = plan_columns(&q, cursor_schema(c),
	    &ncols, NULL)) != NULL)
		free(cols);
	if (q.sort != NULL && sort_parse(q.sort, cursor_schema(c), &keys,
	    &nkeys, err, sizeof err) == 0)
		free(keys);
	while (cursor_next(c, &row, NULL))
		;
	cursor_close(c);
	filter_free(f);
	free(s);
	return 0;
}
