/* RIS, EndNote, MEDLINE and ISI inputs: not read yet (bibutils is the
 * library meant for them). Such a file is told, not read as CSV. */
#include "in.h"

int
in_bibutils(enum in_format f, const char *buf, size_t len, const char *name,
    struct in_table *t, struct diag_sink *d)
{
	(void)buf;
	(void)len;
	(void)t;
	diag_error(d, name, 0, "reading %s is not implemented yet; convert "
	    "it to BibTeX or CSL-JSON first", in_format_name(f));
	return -1;
}
