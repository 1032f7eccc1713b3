/* citeq import: the front end of import.c. Reads a reference list as
 * Wikipedia shows it and writes its rows as CSV, to standard output or,
 * whole or not at all, to a file. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "import.h"
#include "lang.h"
#include "langguess.h"
#include "out.h"
#include "xalloc.h"

static const char import_usage[] =
"usage: citeq import [-h] [--default-lang=code] [-o file] [file]\n";

/* Reads all of a file ("-": standard input) into memory; NULL with errno
 * set on failure. */
static char *
slurp(const char *path, size_t *len)
{
	int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
	char *buf = NULL;
	size_t n = 0, cap = 0;
	ssize_t got;
	int e;

	if (fd < 0)
		return NULL;
	for (;;) {
		if (cap - n < 65536) {
			cap = cap ? cap * 2 : 65536;
			buf = xrealloc(buf, cap);
		}
		got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			break;
		n += (size_t)got;
	}
	e = errno;
	if (fd != STDIN_FILENO)
		close(fd);
	if (got < 0) {
		free(buf);
		errno = e;
		return NULL;
	}
	*len = n;
	return buf;
}

/* Writes the rows as CSV to path through a temporary file in the same
 * folder, renamed over it at the end, so that no reader ever sees half a
 * file. NULL path: standard output. citeq's columns, then the extra
 * columns that some row has a value for. Returns 0, or an errno. */
static int
write_rows(const char *path, struct rowset *rows)
{
	struct schema s;
	size_t cols[COL__COUNT + IMPORT_EXTRA], i, j;
	struct view v = { &s, cols, 0, NULL };
	struct out o = { .fp = stdout };
	char *tmp = NULL;
	int fd = -1, err;

	schema_init(&s);
	for (i = 0; i < COL__COUNT + IMPORT_EXTRA; i++) {
		const char *name = i < COL__COUNT ? col_names[i] :
		    import_extra[i - COL__COUNT];

		schema_add(&s, name, strlen(name));
		for (j = 0; i >= COL__COUNT && j < rows->n; j++)
			if (rows->v[j]->n > i && rows->v[j]->f[i].len > 0)
				break;
		if (i < COL__COUNT || j < rows->n)
			cols[v.n++] = i;
	}
	if (path != NULL) {
		tmp = xmalloc(strlen(path) + 8);
		sprintf(tmp, "%s.XXXXXX", path);
		if ((fd = mkstemp(tmp)) < 0 || (o.fp = fdopen(fd, "w")) ==
		    NULL) {
			err = errno;
			if (fd >= 0) {
				close(fd);
				unlink(tmp);
			}
			free(tmp);
			schema_free(&s);
			return err;
		}
	}
	out_csv.begin(&o, &v);
	for (i = 0; i < rows->n && o.err == 0; i++)
		out_csv.row(&o, &v, rows->v[i], i);
	err = out_finish(&o);
	if (tmp != NULL) {
		if (err == 0 && fsync(fd) != 0)
			err = errno;
		if (fclose(o.fp) != 0 && err == 0)
			err = errno;
		if (err == 0 && rename(tmp, path) != 0)
			err = errno;
		if (err != 0)
			unlink(tmp);
		free(tmp);
	}
	schema_free(&s);
	return err;
}

/* Options; 1 to go on, else the exit status (0 after --help). */
static int
parse(int argc, char **argv, const char **out, const char **dflt,
    struct diag_sink *d)
{
	static const struct option opts[] = {
		{ "default-lang",	required_argument,	NULL,	'L' },
		{ "help",		no_argument,		NULL,	'h' },
		{ "output",		required_argument,	NULL,	'o' },
		{ NULL,			0,			NULL,	0 }
	};
	int ch;

	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			fputs(import_usage, stdout);
			return fflush(stdout) == 0 ? 0 : 2;
		case 'o':
			*out = optarg;
			break;
		case 'L':
			if ((*dflt = lang_code(optarg, strlen(optarg))) ==
			    NULL) {
				diag_error(d, NULL, 0, "--default-lang: unknown "
				    "language '%s' (an ISO 639-1 code such as "
				    "en)", optarg);
				return 2;
			}
			break;
		case ':':
			diag_error(d, NULL, 0, "option '%s' needs a value (see "
			    "citeq --help)", argv[optind - 1]);
			return 2;
		default:
			diag_error(d, NULL, 0, "unknown option '%s' for citeq "
			    "import (see citeq --help)", argv[optind - 1]);
			return 2;
		}
	}
	if (argc - optind > 1) {
		diag_error(d, NULL, 0, "citeq import reads one file (see "
		    "citeq --help)");
		return 2;
	}
	return 1;
}

int
import_main(int argc, char **argv)
{
	struct diag_sink diag = { .emit = cli_emit, .arg = NULL };
	struct rowset rows = { NULL, 0, 0 };
	const char *out = NULL, *dflt = "en", *path, *name;
	struct langguess *g;
	char *text;
	size_t len;
	int r, err;

	if ((r = parse(argc, argv, &out, &dflt, &diag)) != 1)
		return r;
	path = argc > optind ? argv[optind] : "-";
	name = strcmp(path, "-") == 0 ? "(standard input)" : path;
	if ((text = slurp(path, &len)) == NULL) {
		diag_error(&diag, path, 0, "%s", strerror(errno));
		return 2;
	}
	if ((g = langguess_new()) == NULL) {
		free(text);
		diag_error(&diag, NULL, 0, "import: libexttextcat's language "
		    "models are missing (install libexttextcat-data)");
		return 2;
	}
	if (import_text(name, text, len, g, dflt, &rows, &diag) == 0 &&
	    (err = write_rows(out, &rows)) != 0)
		diag_error(&diag, out ? out : NULL, 0, "%s%s", out ? "" :
		    "write error: ", strerror(err));
	langguess_free(g);
	rowset_free(&rows);
	free(text);
	return diag_failed(&diag) ? 2 : 0;
}
