#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* data/citations.csv, compiled in (cmake/embed.cmake). */
extern const unsigned char citeq_builtin_csv[];
extern const size_t citeq_builtin_csv_len;

const char *
input_name(const struct input *in)
{
	if (in->path == NULL)
		return "(built-in)";
	if (strcmp(in->path, "-") == 0)
		return "(standard input)";
	return in->path;
}

const char *
input_hint(const struct input *in)
{
	if (!in->implicit)
		return "";
	return " (standard input was read, as no FILE was named and it is "
	    "not a terminal; name " INPUT_BUILTIN " for the built-in data)";
}

/* Does s end in suffix, in any case? */
static int
ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n > k && strcasecmp(s + n - k, suffix) == 0;
}

char
input_delim(const struct input *in)
{
	if (in->delim != 0)
		return in->delim;
	if (in->path != NULL && (ends_with(in->path, ".tsv") ||
	    ends_with(in->path, ".tab")))
		return '\t';
	return 0;
}

struct csvr *
input_open(const struct input *in, int keep, struct diag_sink *d)
{
	struct csvr *r;
	int fd;

	if (in->path == NULL) {
		r = csvr_open_mem(citeq_builtin_csv, citeq_builtin_csv_len,
		    input_name(in));
		csvr_set_delim(r, input_delim(in));
		return r;
	}
	if (strcmp(in->path, "-") == 0) {
		r = csvr_open_fd(STDIN_FILENO, input_name(in), 0);
	} else if ((fd = open(in->path, O_RDONLY)) < 0) {
		diag_error(d, in->path, 0, "%s", strerror(errno));
		return NULL;
	} else {
		r = csvr_open_fd(fd, in->path, 1);
	}
	csvr_set_delim(r, input_delim(in));
	if (keep && csvr_keep(r) != 0) {
		diag_error(d, input_name(in), 0, "cannot keep the input: %s",
		    strerror(errno));
		csvr_close(r);
		return NULL;
	}
	return r;
}
