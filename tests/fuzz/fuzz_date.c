/* libFuzzer: the date parsers (ISO, filter specs, CS1 forms, dates as
 * users type them) and the CS1 date writer, which must read back what it
 * writes. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cs1.h"
#include "date.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = malloc(size + 1), text[128], *iso, *back;
	struct interval iv;
	int undated;

	memcpy(s, data, size);
	s[size] = '\0';
	(void)date_parse_value(s, size, &iv);
	if (strlen(s) == size)
		(void)date_parse_spec(s, &iv);
	/* A date a user types is an interval, and one as a filter too. */
	if (date_parse_loose(s, size, &iv) == NULL) {
		struct interval spec;

		if (iv.lo > iv.hi)
			__builtin_trap();
		if (strlen(s) == size && (date_parse_spec(s, &spec) != NULL ||
		    spec.lo != iv.lo || spec.hi != iv.hi))
			__builtin_trap();
	}
	if (date_parse_text(s, size, &iv, &undated) == NULL && !undated &&
	    iv.lo > iv.hi)
		__builtin_trap();
	if ((iso = cs1_iso(s, size)) != NULL) {
		if (cs1_date_text(iso, text, sizeof text) != 0)
			__builtin_trap();
		back = cs1_iso(text, strlen(text));
		if (back == NULL || strcmp(back, iso) != 0)
			__builtin_trap();	/* written, then read: the same */
		free(back);
		free(iso);
	}
	free(s);
	return 0;
}
