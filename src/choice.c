#include "choice.h"

#include <stddef.h>

/* ASCII only: strcasecmp() follows the locale, and in a Turkish one "I"
 * is not the capital of "i". */
static int
lower(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

int
choice_index(const char *value, const char *const *choices)
{
	const unsigned char *a, *b;
	int i;

	for (i = 0; choices[i] != NULL; i++) {
		a = (const unsigned char *)value;
		b = (const unsigned char *)choices[i];
		while (*a != '\0' && lower(*a) == lower(*b)) {
			a++;
			b++;
		}
		if (*a == '\0' && *b == '\0')
			return i;
	}
	return -1;
}
