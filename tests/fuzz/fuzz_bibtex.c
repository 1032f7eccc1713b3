/* libFuzzer: the .bib reader (btparse, TeX to Unicode) and the CSL-JSON
 * reader (jansson) on any bytes, the first choosing which, and the table
 * they make as CSV. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "diag.h"
#include "in.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct diag_sink d = { 0 };
	struct in_table *t;
	char *csv;
	size_t n;

	if (size == 0)
		return 0;
	t = in_table_new();
	if (data[0] % 2 == 0) {
		csv = in_bibtex((const char *)data + 1, size - 1, "fuzz", &n,
		    &d);
	} else {
		in_csljson((const char *)data + 1, size - 1, "fuzz", t, &d);
		csv = in_table_csv(t, &n);
	}
	free(csv);
	in_table_free(t);
	return 0;
}
