#include "input.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "in.h"
#include "xalloc.h"

/* data/citations.csv, compiled in (cmake/embed.cmake). */
extern const unsigned char citeq_builtin_csv[];
extern const size_t citeq_builtin_csv_len;

/* How much of an input is looked at to tell its format. */
#define SNIFF	65536

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
	if (in->from == IN_TSV)
		return '\t';
	if (in->path != NULL && (ends_with(in->path, ".tsv") ||
	    ends_with(in->path, ".tab")))
		return '\t';
	return 0;
}


/* ---- formats ---- */

static const struct {
	const char *name;
	enum in_format f;
} format_names[] = {
	{ "csv", IN_CSV }, { "tsv", IN_TSV }, { "bibtex", IN_BIBTEX },
	{ "biblatex", IN_BIBLATEX }, { "ris", IN_RIS },
	{ "csl-json", IN_CSLJSON }, { "endnote", IN_ENDNOTE },
	{ "medline", IN_MEDLINE }, { "nbib", IN_MEDLINE }, { "isi", IN_ISI },
	/* other spellings */
	{ "bib", IN_BIBTEX }, { "csl", IN_CSLJSON }, { "csljson", IN_CSLJSON },
	{ "json", IN_CSLJSON }, { "pubmed", IN_MEDLINE }, { "enw", IN_ENDNOTE },
	{ "wos", IN_ISI },
};

int
in_format_named(const char *s)
{
	size_t i;

	for (i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
		if (strcasecmp(s, format_names[i].name) == 0)
			return (int)format_names[i].f;
	return -1;
}

const char *
in_format_name(enum in_format f)
{
	size_t i;

	for (i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
		if (format_names[i].f == f)
			return format_names[i].name;
	return "auto";
}

static int
isupper_ascii(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
starts(const char *s, size_t n, const char *with)
{
	size_t k = strlen(with);

	return n >= k && memcmp(s, with, k) == 0;
}

static int
has_ext(const char *name, const char *ext)
{
	const char *dot = name != NULL ? strrchr(name, '.') : NULL;

	return dot != NULL && strcasecmp(dot + 1, ext) == 0;
}

enum in_format
in_format_sniff(const char *buf, size_t len, const char *name)
{
	static const struct {
		const char *ext;
		enum in_format f;
	} exts[] = {
		{ "bib", IN_BIBTEX }, { "bibtex", IN_BIBTEX }, { "ris", IN_RIS },
		{ "enw", IN_ENDNOTE }, { "nbib", IN_MEDLINE }, { "isi", IN_ISI },
	};
	const char *p = buf, *end = buf + len, *nl;
	enum in_format hint = IN_AUTO;
	size_t n, i;
	/* the format the name says: what is not one of its lines does not
	 * make the file a CSV */
	for (i = 0; i < sizeof exts / sizeof exts[0]; i++)
		if (has_ext(name, exts[i].ext))
			hint = exts[i].f;

	if (starts(p, len, "\xef\xbb\xbf"))
		p += 3;
	for (; p < end; p = nl + 1) {
		if ((nl = memchr(p, '\n', (size_t)(end - p))) == NULL)
			nl = end;
		while (p < nl && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		n = (size_t)(nl - p);
		if (n == 0)
			continue;
		if (*p == '@')
			return IN_BIBTEX;
		if (*p == '[' || *p == '{')
			return IN_CSLJSON;
		if (starts(p, n, "TY  -"))
			return IN_RIS;
		if (n >= 3 && p[0] == '%' && p[2] == ' ' &&
		    (isupper_ascii(p[1]) || (p[1] >= '0' && p[1] <= '9')))
			return IN_ENDNOTE;
		if (starts(p, n, "PMID-"))
			return IN_MEDLINE;
		if (starts(p, n, "FN ") || starts(p, n, "PT ") ||
		    starts(p, n, "VR "))
			return IN_ISI;
		/* BibTeX takes what is outside entries as comments */
		if (*p == '%' || hint != IN_AUTO)
			continue;
		return IN_CSV;
	}
	if (hint != IN_AUTO)
		return hint;
	return IN_CSV;
}

/* ---- opening ---- */

/* Reads fd to its end after the n bytes of *buf already read. */
static int
read_rest(int fd, char **buf, size_t *n)
{
	size_t cap = *n + SNIFF;
	ssize_t got;

	*buf = xrealloc(*buf, cap);
	for (;;) {
		if (cap - *n < SNIFF)
			*buf = xrealloc(*buf, cap *= 2);
		do
			got = read(fd, *buf + *n, cap - *n);
		while (got < 0 && errno == EINTR);
		if (got < 0)
			return -1;
		if (got == 0)
			return 0;
		*n += (size_t)got;
	}
}

/* Has buf a whole line that is not blank and not a BibTeX comment? */
static int
head_tells(const char *buf, size_t n)
{
	const char *p = buf, *end = buf + n, *nl;

	for (; p < end && (nl = memchr(p, '\n', (size_t)(end - p))) != NULL;
	    p = nl + 1) {
		while (p < nl && (*p == ' ' || *p == '\t' || *p == '\r'))
			p++;
		if (p < nl && *p != '%')
			return 1;
	}
	return 0;
}

/* The first bytes of fd, to tell its format: of a file, read where it
 * stands without moving; of a pipe, read until a line that tells (or
 * SNIFF bytes, or the end). */
static ssize_t
read_head(int fd, int regular, char *buf)
{
	size_t n = 0;
	ssize_t got;
	off_t at;

	if (regular && (at = lseek(fd, 0, SEEK_CUR)) >= 0) {
		do
			got = pread(fd, buf, SNIFF, at);
		while (got < 0 && errno == EINTR);
		return got;
	}
	while (n < SNIFF) {
		do
			got = read(fd, buf + n, SNIFF - n);
		while (got < 0 && errno == EINTR);
		if (got < 0)
			return -1;
		if (got == 0)
			break;
		n += (size_t)got;
		if (in_format_sniff(buf, n, NULL) != IN_CSV ||
		    head_tells(buf, n))
			break;
	}
	return (ssize_t)n;
}

/* Reads a bibliography whole into a table, and the table as CSV. */
static struct csvr *
open_bibliography(enum in_format f, char *buf, size_t len,
    const struct input *in, struct diag_sink *d)
{
	struct in_table *t = in_table_new();
	const char *name = input_name(in);
	struct csvr *r;
	char *csv = NULL;
	size_t n;

	switch (f) {
	case IN_BIBTEX:
	case IN_BIBLATEX:
		csv = in_bibtex(buf, len, name, &n, d);
		break;
	case IN_CSLJSON:
		in_csljson(buf, len, name, t, d);
		break;
	default:
		in_bibutils(f, buf, len, name, t, d);
		break;
	}
	free(buf);
	if (csv == NULL)
		csv = in_table_csv(t, &n);
	in_table_free(t);
	r = csvr_open_mem_own(csv, n, name);
	csvr_set_delim(r, ',');	/* in_table_csv() writes commas */
	return r;
}

struct csvr *
input_open(const struct input *in, int keep, struct diag_sink *d)
{
	return input_open_seen(in, keep, d, NULL, NULL);
}

struct csvr *
input_open_seen(const struct input *in, int keep, struct diag_sink *d,
    void (*seen)(void *, const char *, size_t, enum in_format), void *arg)
{
	struct csvr *r;
	struct stat st;
	enum in_format f;
	ssize_t got;
	size_t n;
	char *head;
	int fd, regular, is_stdin;

	if (in->path == NULL) {
		r = csvr_open_mem(citeq_builtin_csv, citeq_builtin_csv_len,
		    input_name(in));
		csvr_set_delim(r, input_delim(in));
		return r;
	}
	is_stdin = strcmp(in->path, "-") == 0;
	if (is_stdin)
		fd = STDIN_FILENO;
	else if ((fd = open(in->path, O_RDONLY)) < 0) {
		diag_error(d, in->path, 0, "%s", strerror(errno));
		return NULL;
	}
	regular = fstat(fd, &st) == 0 && S_ISREG(st.st_mode);
	head = xmalloc(SNIFF);
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
		got = 0;	/* reading it says what is wrong */
	else if ((got = read_head(fd, regular, head)) < 0) {
		diag_error(d, input_name(in), 0, "%s", strerror(errno));
		goto fail;
	}
	n = (size_t)got;
	f = in->from != IN_AUTO ? in->from :
	    in_format_sniff(head, n, is_stdin ? NULL : in->path);
	if (f != IN_CSV && f != IN_TSV) {
		if (regular)
			n = 0;		/* read it from where it stands */
		if (read_rest(fd, &head, &n) != 0) {
			diag_error(d, input_name(in), 0, "%s",
			    strerror(errno));
			goto fail;
		}
		if (!is_stdin)
			close(fd);
		if (seen != NULL)
			seen(arg, head, n, f);
		return open_bibliography(f, head, n, in, d);
	}
	r = csvr_open_fd(fd, input_name(in), !is_stdin);
	csvr_set_delim(r, input_delim(in));
	if (keep && csvr_keep(r) != 0) {
		diag_error(d, input_name(in), 0, "cannot keep the input: %s",
		    strerror(errno));
		csvr_close(r);
		free(head);
		return NULL;
	}
	if (!regular && n > 0 && csvr_prime(r, head, n) != 0) {
		diag_error(d, input_name(in), 0, "cannot keep the input: %s",
		    strerror(errno));
		csvr_close(r);
		free(head);
		return NULL;
	}
	free(head);
	return r;
fail:
	free(head);
	if (!is_stdin)
		close(fd);
	return NULL;
}
