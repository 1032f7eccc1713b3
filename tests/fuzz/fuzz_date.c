/* libFuzzer: the date parsers (ISO, filter specs, CS1 forms) and the CS1
 * date writer, which must read back what it writes. */
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
