/* libFuzzer: CSV reading, and reading each record again by its span. */
#include <stddef.h>
#include <stdint.h>

#include "csvread.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct csvr *r = csvr_open_mem(data, size, "fuzz");
	struct csvr_span spans[64];
	struct record row;
	size_t n = 0, i;

	while (csvr_next(r, &row) == CSVR_ROW) {
		for (i = 0; i < row.n; i++)
			if (row.f[i].s[row.f[i].len] != '\0')
				__builtin_trap();	/* fields end in NUL */
		if (n < 64)
			spans[n++] = csvr_last(r);
	}
	for (i = 0; i < n; i++)
		if (csvr_fetch(r, &spans[i], &row) != 0)
			__builtin_trap();	/* a record read once reads again */
	csvr_close(r);
	return 0;
}
