/* citeq: look up references in a CSV of citations. This file holds the
 * command line only: options, usage, then one query run. */
#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "check.h"
#include "display.h"
#include "filter.h"
#include "import.h"
#include "langguess.h"
#include "lang.h"
#include "out.h"
#include "pager.h"
#include "query.h"
#include "xalloc.h"

enum {
	OPT_BIDI = CHAR_MAX + 1,
	OPT_CHECK,
	OPT_COLOR,
	OPT_COLUMNS,
	OPT_DATE_FIELD,
	OPT_DEAD,
	OPT_LIVE,
	OPT_SINCE,
	OPT_UNDATED,
	OPT_UNTIL
};

static const struct option long_options[] = {
	{ "author",	required_argument,	NULL,	'a' },
	{ "bidi",	no_argument,		NULL,	OPT_BIDI },
	{ "check",	no_argument,		NULL,	OPT_CHECK },
	{ "color",	required_argument,	NULL,	OPT_COLOR },
	{ "columns",	no_argument,		NULL,	OPT_COLUMNS },
	{ "count",	no_argument,		NULL,	'c' },
	{ "date",	required_argument,	NULL,	'd' },
	{ "date-field",	required_argument,	NULL,	OPT_DATE_FIELD },
	{ "dead",	no_argument,		NULL,	OPT_DEAD },
	{ "fields",	required_argument,	NULL,	'F' },
	{ "format",	required_argument,	NULL,	'f' },
	{ "grep",	required_argument,	NULL,	'g' },
	{ "group-by",	required_argument,	NULL,	'G' },
	{ "help",	no_argument,		NULL,	'h' },
	{ "id",		required_argument,	NULL,	'i' },
	{ "kind",	required_argument,	NULL,	'k' },
	{ "lang",	required_argument,	NULL,	'l' },
	{ "live",	no_argument,		NULL,	OPT_LIVE },
	{ "pager",	optional_argument,	NULL,	'P' },
	{ "since",	required_argument,	NULL,	OPT_SINCE },
	{ "sort",	required_argument,	NULL,	'S' },
	{ "source",	required_argument,	NULL,	's' },
	{ "title",	required_argument,	NULL,	't' },
	{ "undated",	no_argument,		NULL,	OPT_UNDATED },
	{ "until",	required_argument,	NULL,	OPT_UNTIL },
	{ "version",	no_argument,		NULL,	'V' },
	{ NULL,		0,			NULL,	0 }
};

/* The synopsis is the man page's, word for word (a test compares them). */
static const char synopsis[] =
"usage: citeq [-chPV] [-a text] [-d spec] [-F list] [-f format] [-G field]\n"
"             [-g text] [-i list] [-k kind] [-l list] [-S list] [-s text]\n"
"             [-t text] [--bidi] [--check] [--color=when] [--columns]\n"
"             [--date-field=field] [--dead | --live] [--pager=when]\n"
"             [--since=date] [--until=date] [--undated] [file ...]\n"
"       citeq import [-h] [--default-lang=code] [-o file] [file]\n";

static const char help[] =
"\n"
"Print the references in FILEs (CSV) that pass every filter given. With no\n"
"FILE, read standard input when it is a pipe or a file, else the built-in\n"
"data (the references of the Wikipedia article \"Astana Platform\").\n"
"\n"
"Filters (all must hold; a comma list or a repeated option means any value):\n"
"  -l, --lang=LIST       languages: ISO 639-1 codes or English names\n"
"  -s, --source=TEXT     source contains TEXT (any case, any script)\n"
"  -a, --author=TEXT     author contains TEXT\n"
"  -t, --title=TEXT      title contains TEXT\n"
"  -g, --grep=TEXT       any field contains TEXT\n"
"  -d, --date=SPEC       date overlaps SPEC: 2017, 2017-07, 2017-07-10,\n"
"                        A..B, A.. or ..B\n"
"      --since=DATE      date ends on or after DATE\n"
"      --until=DATE      date starts on or before DATE\n"
"      --date-field=F    the date the above test: published (default),\n"
"                        retrieved or archived\n"
"      --undated         rows without that date\n"
"  -i, --id=LIST         ids and ranges: 2,4,35-42,F3\n"
"  -k, --kind=KIND       citation or fact\n"
"      --dead, --live    url_status dead, or live (or empty)\n"
"\n"
"Output:\n"
"  -f, --format=FORMAT   table, csv, tsv, json, jsonl, bibtex, csl, ris or\n"
"                        wiki (the reference list as Wikipedia shows it)\n"
"                        (default: table on a terminal, csv otherwise)\n"
"  -F, --fields=LIST     columns to print, in that order\n"
"  -S, --sort=LIST       sort by columns; -name for descending\n"
"  -c, --count           print only the number of matching rows\n"
"  -G, --group-by=FIELD  count rows by value of FIELD (or year)\n"
"      --color=WHEN      auto, always or never (NO_COLOR is honoured)\n"
"  -P, --pager[=WHEN]    browse the rows in a full-screen pager: always\n"
"                        (the default of -P), auto (when standard output\n"
"                        is a terminal and the table is taller than it)\n"
"                        or never; CITEQ_PAGER=auto makes auto the default\n"
"      --bidi            in the pager, right-to-left text in visual order\n"
"      --check           lint the FILEs: print what cannot be right in them\n"
"                        (exit 1 if anything)\n"
"      --columns         show which column serves each role (id, author,\n"
"                        title, source, date, lang, ...) in the FILEs\n"
"  -h, --help            print this help\n"
"  -V, --version         print the version\n"
"\n"
"citeq import reads a reference list as Wikipedia shows it (\"  2. ^ Putz,\n"
"Catherine (29 May 2015). ...\") and the article above it, and writes CSV:\n"
"  -o, --output=FILE     write FILE (whole, or not at all)\n"
"      --default-lang=L  the language of titles too short to guess (en)\n"
"\n"
"Exit status: 0 if a row matched, 1 if none did, 2 on error.\n"
"See citeq(1) for more.\n";

enum pager_when { PAGER_NEVER, PAGER_AUTO, PAGER_ALWAYS };

struct options {
	struct query query;
	enum pager_when pager;
	int bidi;
	int columns;
	int check;
	int format_set;
	int color;		/* -1 auto, 0 never, 1 always */
	int link_dead, link_live;
};

static void
emit(void *arg, const char *file, unsigned long line, const char *msg)
{
	struct buf b = { NULL, 0, 0 };

	(void)arg;
	buf_adds(&b, "citeq: ");
	if (file != NULL) {
		display_safe(&b, file, strlen(file));
		if (line > 0) {
			char num[32];

			snprintf(num, sizeof num, ":%lu", line);
			buf_adds(&b, num);
		}
		buf_adds(&b, ": ");
	}
	display_safe(&b, msg, strlen(msg));
	buf_addc(&b, '\n');
	fflush(stdout);
	fputs(b.s, stderr);
	buf_free(&b);
}

static _Noreturn void
usage_error(const char *fmt, const char *arg)
{
	struct buf b = { NULL, 0, 0 };
	char msg[512];

	snprintf(msg, sizeof msg, fmt, arg);
	display_safe(&b, msg, strlen(msg));
	fprintf(stderr, "citeq: %s (see citeq --help)\n", b.s);
	buf_free(&b);
	exit(2);
}

static _Noreturn void
bad_value(const char *option, const char *why)
{
	struct buf b = { NULL, 0, 0 };

	display_safe(&b, why, strlen(why));
	fflush(stdout);
	fprintf(stderr, "citeq: %s: %s\n", option, b.s);
	buf_free(&b);
	exit(2);
}

/* An option's value is not one of a fixed set. */
static _Noreturn void
bad_choice(const char *option, const char *what, const char *value,
    const char *choices)
{
	char why[512];

	snprintf(why, sizeof why, "unknown %s '%s' (%s)", what, value, choices);
	bad_value(option, why);
}

static size_t
terminal_width(int is_tty)
{
	struct winsize ws;
	const char *env = getenv("COLUMNS");
	char *end;
	long v;

	if (is_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 &&
	    ws.ws_col > 0)
		return ws.ws_col;
	if (env != NULL && *env != '\0') {
		errno = 0;
		v = strtol(env, &end, 10);
		if (errno == 0 && *end == '\0' && v > 0 && v <= 10000)
			return (size_t)v;
	}
	return is_tty ? 80 : 0;
}

/* Does standard input carry data (a pipe, a file or a socket)? */
static int
stdin_has_data(void)
{
	struct stat st;

	if (fstat(STDIN_FILENO, &st) != 0)
		return 0;
	return S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode) ||
	    S_ISSOCK(st.st_mode);
}

static void
parse_options(int argc, char **argv, struct options *opt)
{
	struct filter *f = opt->query.filter;
	char err[512];
	int ch, v, r;

	opterr = 0;
	while ((ch = getopt_long(argc, argv, ":a:cd:F:f:G:g:hi:k:l:P::S:s:t:V",
	    long_options, NULL)) != -1) {
		r = 0;
		switch (ch) {
		case 'a':
			filter_add_text(f, TEXT_AUTHOR, optarg);
			break;
		case 'c':
			opt->query.count = 1;
			break;
		case 'd':
			r = filter_add_date(f, optarg, err, sizeof err);
			break;
		case 'F':
			opt->query.fields = optarg;
			break;
		case 'f':
			if ((v = format_parse(optarg)) < 0)
				bad_choice("--format", "format", optarg,
				    "table, csv, tsv, json, jsonl, bibtex, csl, ris or wiki");
			opt->query.format = (enum format)v;
			opt->format_set = 1;
			break;
		case 'G':
			opt->query.group_by = optarg;
			break;
		case 'g':
			filter_add_text(f, TEXT_ANY, optarg);
			break;
		case 'h':
			fputs(synopsis, stdout);
			fputs(help, stdout);
			exit(fflush(stdout) == 0 ? 0 : 2);
		case 'i':
			r = filter_add_ids(f, optarg, err, sizeof err);
			break;
		case 'k':
			r = filter_add_kinds(f, optarg, err, sizeof err);
			break;
		case 'l':
			r = filter_add_lang(f, optarg, err, sizeof err);
			break;
		case 'P':
			if (optarg == NULL || strcmp(optarg, "always") == 0)
				opt->pager = PAGER_ALWAYS;
			else if (strcmp(optarg, "auto") == 0)
				opt->pager = PAGER_AUTO;
			else if (strcmp(optarg, "never") == 0)
				opt->pager = PAGER_NEVER;
			else
				bad_choice("--pager", "value", optarg,
				    "always, auto or never");
			break;
		case 'S':
			opt->query.sort = optarg;
			break;
		case 's':
			filter_add_text(f, TEXT_SOURCE, optarg);
			break;
		case 't':
			filter_add_text(f, TEXT_TITLE, optarg);
			break;
		case 'V':
			puts("citeq " CITEQ_VERSION);
			exit(fflush(stdout) == 0 ? 0 : 2);
		case OPT_BIDI:
			opt->bidi = 1;
			break;
		case OPT_CHECK:
			opt->check = 1;
			break;
		case OPT_COLUMNS:
			opt->columns = 1;
			break;
		case OPT_COLOR:
			if (strcmp(optarg, "auto") == 0)
				opt->color = -1;
			else if (strcmp(optarg, "always") == 0)
				opt->color = 1;
			else if (strcmp(optarg, "never") == 0)
				opt->color = 0;
			else
				bad_choice("--color", "value", optarg,
				    "auto, always or never");
			break;
		case OPT_DATE_FIELD:
			if (strcmp(optarg, "published") == 0)
				opt->query.date_field = DATE_PUBLISHED;
			else if (strcmp(optarg, "retrieved") == 0)
				opt->query.date_field = DATE_RETRIEVED;
			else if (strcmp(optarg, "archived") == 0)
				opt->query.date_field = DATE_ARCHIVED;
			else
				bad_choice("--date-field", "date field",
				    optarg, "published, retrieved or archived");
			filter_set_date_field(f, opt->query.date_field);
			break;
		case OPT_DEAD:
			opt->link_dead = 1;
			break;
		case OPT_LIVE:
			opt->link_live = 1;
			break;
		case OPT_SINCE:
			r = filter_set_since(f, optarg, err, sizeof err);
			break;
		case OPT_UNDATED:
			filter_set_undated(f);
			break;
		case OPT_UNTIL:
			r = filter_set_until(f, optarg, err, sizeof err);
			break;
		case ':':
			usage_error("option '%s' needs a value",
			    argv[optind - 1]);
		case '?':
		default:
			if (optopt != 0) {
				char o[3] = { '-', (char)optopt, '\0' };
				usage_error("unknown option '%s'", o);
			}
			usage_error("unknown option '%s'", argv[optind - 1]);
		}
		if (r != 0) {
			const struct option *lo;
			char name[32];

			for (lo = long_options; lo->name != NULL; lo++)
				if (lo->val == ch)
					break;
			snprintf(name, sizeof name, "--%s", lo->name);
			bad_value(name, err);
		}
	}
}

/* Options that cannot go together, checked once before any work. */
static void
check_combinations(struct options *opt)
{
	if (opt->link_dead && opt->link_live)
		usage_error("%s", "--dead and --live exclude each other");
	if (opt->query.count && opt->query.group_by != NULL)
		usage_error("%s", "--count and --group-by exclude each other");
	if (opt->query.fields != NULL && opt->query.group_by != NULL)
		usage_error("%s", "--fields and --group-by exclude each other");
	if ((opt->query.group_by != NULL || opt->columns) &&
	    opt->query.format >= FMT_BIBTEX)
		usage_error("%s", "--group-by and --columns print tables: use "
		    "table, csv, tsv, json or jsonl");
	if (opt->link_dead)
		filter_set_link(opt->query.filter, LINK_DEAD);
	if (opt->link_live)
		filter_set_link(opt->query.filter, LINK_LIVE);
}

/* ---- citeq --check ---- */

static void
print_finding(void *arg, const char *file, unsigned long line,
    const char *msg)
{
	struct buf b = { NULL, 0, 0 };
	char num[32];

	(void)arg;
	display_safe(&b, file, strlen(file));
	snprintf(num, sizeof num, ":%lu: ", line);
	buf_adds(&b, num);
	display_safe(&b, msg, strlen(msg));
	buf_addc(&b, '\n');
	fputs(b.s, stdout);
	buf_free(&b);
}

/* Findings on standard output; 0 when clean, 1 with findings. */
static long
check_all(const struct input *in, size_t n, struct diag_sink *d)
{
	long findings = 0;
	size_t i;

	for (i = 0; i < n; i++)
		findings += check_input(&in[i], print_finding, NULL, d);
	return findings;
}

/* ---- citeq import ---- */

static const char import_usage[] =
"usage: citeq import [-h] [--default-lang=code] [-o file] [file]\n";

/* Reads all of a file ("-" or NULL: standard input) into memory; NULL with
 * errno set on failure. */
static char *
slurp(const char *path, size_t *len)
{
	int fd = path == NULL || strcmp(path, "-") == 0 ? STDIN_FILENO :
	    open(path, O_RDONLY);
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
 * file. NULL path: standard output. Returns 0, or an errno. */
static int
write_rows(const char *path, struct rowset *rows)
{
	struct schema s;
	size_t cols[COL__COUNT], i;
	struct view v = { &s, cols, COL__COUNT, NULL };
	struct out o = { .fp = stdout };
	char *tmp = NULL;
	int fd = -1, err;

	schema_init(&s);
	for (i = 0; i < COL__COUNT; i++) {
		schema_add(&s, col_names[i], strlen(col_names[i]));
		cols[i] = i;
	}
	if (path != NULL) {
		tmp = malloc(strlen(path) + 8);
		if (tmp == NULL)
			return ENOMEM;
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

static int
import_main(int argc, char **argv)
{
	static const struct option opts[] = {
		{ "default-lang",	required_argument,	NULL,	'L' },
		{ "help",		no_argument,		NULL,	'h' },
		{ "output",		required_argument,	NULL,	'o' },
		{ NULL,			0,			NULL,	0 }
	};
	struct diag_sink diag = { emit, NULL, 0, 0 };
	struct rowset rows = { NULL, 0, 0 };
	const char *out = NULL, *dflt = "en", *name;
	struct langguess *g;
	char *text;
	size_t len;
	int ch, err;

	opterr = 0;
	optind = 1;
	while ((ch = getopt_long(argc, argv, ":ho:", opts, NULL)) != -1) {
		switch (ch) {
		case 'h':
			fputs(import_usage, stdout);
			return fflush(stdout) == 0 ? 0 : 2;
		case 'o':
			out = optarg;
			break;
		case 'L':
			if ((dflt = lang_code(optarg, strlen(optarg))) == NULL)
				bad_choice("--default-lang", "language", optarg,
				    "an ISO 639-1 code such as en");
			break;
		case ':':
			usage_error("option '%s' needs a value",
			    argv[optind - 1]);
		default:
			usage_error("unknown option '%s' for citeq import",
			    argv[optind - 1]);
		}
	}
	if (argc - optind > 1)
		usage_error("%s", "citeq import reads one file");
	name = argc > optind ? argv[optind] : "-";
	if ((text = slurp(name, &len)) == NULL) {
		fprintf(stderr, "citeq: %s: %s\n", name, strerror(errno));
		return 2;
	}
	if ((g = langguess_new()) == NULL) {
		free(text);
		fputs("citeq: import: libexttextcat's language models are "
		    "missing (install libexttextcat-data)\n", stderr);
		return 2;
	}
	if (strcmp(name, "-") == 0)
		name = "(standard input)";
	if (import_text(name, text, len, g, dflt, &rows, &diag) != 0) {
		err = 2;
	} else if ((err = write_rows(out, &rows)) != 0) {
		fprintf(stderr, "citeq: %s: %s\n", out ? out : "write error",
		    strerror(err));
		err = 2;
	}
	langguess_free(g);
	rowset_free(&rows);
	free(text);
	return err != 0 || diag.errors > 0 ? 2 : 0;
}

/* The filter options as typed, for the pager's status line. */
static char *
describe_filters(int argc, char **argv)
{
	struct buf b = { NULL, 0, 0 };
	int i;

	buf_adds(&b, "");
	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--") == 0)
			break;
		if (strncmp(argv[i], "-P", 2) == 0 ||
		    strncmp(argv[i], "--pager", 7) == 0 ||
		    strcmp(argv[i], "--bidi") == 0)
			continue;
		if (b.len > 0)
			buf_addc(&b, ' ');
		buf_adds(&b, argv[i]);
	}
	return b.s;
}

int
main(int argc, char **argv)
{
	struct options opt;
	struct diag_sink diag = { emit, NULL, 0, 0 };
	struct out out = { .fp = stdout };
	struct input *inputs;
	size_t ninputs, i;
	const char *no_color;
	int is_tty = isatty(STDOUT_FILENO);
	long matched;

	/* A closed pipe shows up as EPIPE from write(), handled below. */
	signal(SIGPIPE, SIG_IGN);
	if (argc > 1 && strcmp(argv[1], "import") == 0)
		return import_main(argc - 1, argv + 1);

	const char *env_pager = getenv("CITEQ_PAGER");
	const char *env_plain = getenv("CITEQ_PLAIN");
	char *filters;

	memset(&opt, 0, sizeof opt);
	opt.color = -1;
	opt.query.filter = filter_new();
	if (env_pager != NULL && strcmp(env_pager, "auto") == 0)
		opt.pager = PAGER_AUTO;
	opt.query.plain = env_plain != NULL && *env_plain != '\0' &&
	    strcmp(env_plain, "0") != 0;
	parse_options(argc, argv, &opt);
	check_combinations(&opt);
	filters = describe_filters(optind, argv);
	argc -= optind;
	argv += optind;

	if (!opt.format_set)
		opt.query.format = is_tty ? FMT_TABLE : FMT_CSV;
	no_color = getenv("NO_COLOR");
	if (opt.color < 0)
		opt.color = is_tty && (no_color == NULL || *no_color == '\0');
	opt.query.table.color = opt.color;
	opt.query.table.width = terminal_width(is_tty);
	opt.query.table.bars = 1;	/* beside -G's counts */

	/* No FILE: standard input if it carries data, else the built-in. */
	ninputs = argc > 0 ? (size_t)argc : 1;
	inputs = xcalloc(ninputs, sizeof *inputs);
	for (i = 0; i < (size_t)argc; i++)
		inputs[i].path = argv[i];
	if (argc == 0)
		inputs[0].path = stdin_has_data() ? "-" : NULL;

	if (opt.pager == PAGER_AUTO && !is_tty)
		opt.pager = PAGER_NEVER;
	if (opt.check) {
		long findings = check_all(inputs, ninputs, &diag);

		free(inputs);
		filter_free(opt.query.filter);
		free(filters);
		if (fflush(stdout) != 0 && errno != EPIPE) {
			fprintf(stderr, "citeq: write error: %s\n",
			    strerror(errno));
			return 2;
		}
		return diag.errors ? 2 : findings ? 1 : 0;
	}
	if (opt.columns) {
		matched = query_columns(&opt.query, inputs, ninputs, &out,
		    &diag);
	} else if (opt.pager != PAGER_NEVER && !opt.query.count) {
		struct pager_opts po;

		po.only_if_long = opt.pager == PAGER_AUTO;
		po.bidi = opt.bidi;
		po.filters = filters;
		matched = pager_run(&opt.query, inputs, ninputs, &po, &diag);
	} else {
		matched = query_run(&opt.query, inputs, ninputs, &out, &diag);
	}
	free(filters);
	free(inputs);
	filter_free(opt.query.filter);
	if (out_finish(&out) != 0 && out.err != EPIPE) {
		fprintf(stderr, "citeq: write error: %s\n", strerror(out.err));
		return 2;
	}
	if (matched < 0 || diag.errors > 0)
		return 2;
	return matched > 0 ? 0 : 1;
}
