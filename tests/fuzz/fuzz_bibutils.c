/* libFuzzer: the RIS, EndNote, MEDLINE and ISI readers (bibutils) on any
 * bytes, the first choosing the format, and the table they make as CSV. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "in.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const enum in_format formats[] = { IN_RIS, IN_ENDNOTE,
		IN_MEDLINE, IN_ISI };
	struct diag_sink d = { 0 };
	struct in_table *t;
	char *csv;
	size_t n;

	if (size == 0)
		return 0;
	t = in_table_new();
	in_bibutils(formats[data[0] % 4], (const char *)data + 1, size - 1,
	    "fuzz", t, &d);
	csv = in_table_csv(t, &n);
	free(csv);
	in_table_free(t);
	return 0;
}
