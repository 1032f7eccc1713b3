#include "options.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#include "choice.h"
#include "csvsplit.h"
#include "display.h"
#include "extsort.h"
#include "match.h"
#include "xalloc.h"

enum {
	OPT_ANY = CHAR_MAX + 1,
	OPT_BIDI,
	OPT_BUFFER_SIZE,
	OPT_CHECK,
	OPT_COLOR,
	OPT_COLUMNS,
	OPT_DATE_FIELD,
	OPT_DEAD,
	OPT_DELIMITER,
	OPT_DOI,
	OPT_FROM,
	OPT_LIVE,
	OPT_SINCE,
	OPT_STRICT,
	OPT_UNDATED,
	OPT_UNTIL
};

static const struct option long_options[] = {
	{ "any",	no_argument,		NULL,	OPT_ANY },
	{ "author",	required_argument,	NULL,	'a' },
	{ "bidi",	no_argument,		NULL,	OPT_BIDI },
	{ "buffer-size", required_argument,	NULL,	OPT_BUFFER_SIZE },
	{ "check",	no_argument,		NULL,	OPT_CHECK },
	{ "color",	required_argument,	NULL,	OPT_COLOR },
	{ "columns",	no_argument,		NULL,	OPT_COLUMNS },
	{ "count",	no_argument,		NULL,	'c' },
	{ "date",	required_argument,	NULL,	'd' },
	{ "date-field",	required_argument,	NULL,	OPT_DATE_FIELD },
	{ "dead",	no_argument,		NULL,	OPT_DEAD },
	{ "delimiter",	required_argument,	NULL,	OPT_DELIMITER },
	{ "fields",	required_argument,	NULL,	'F' },
	{ "format",	required_argument,	NULL,	'f' },
	{ "doi",	required_argument,	NULL,	OPT_DOI },
	{ "from",	required_argument,	NULL,	OPT_FROM },
	{ "grep",	required_argument,	NULL,	'g' },
	{ "group-by",	required_argument,	NULL,	'G' },
	{ "help",	no_argument,		NULL,	'h' },
	{ "id",		required_argument,	NULL,	'i' },
	{ "invert-match", no_argument,		NULL,	'v' },
	{ "keyword",	required_argument,	NULL,	'K' },
	{ "kind",	required_argument,	NULL,	'k' },
	{ "lang",	required_argument,	NULL,	'l' },
	{ "live",	no_argument,		NULL,	OPT_LIVE },
	{ "pager",	optional_argument,	NULL,	'P' },
	{ "regex",	no_argument,		NULL,	'E' },
	{ "since",	required_argument,	NULL,	OPT_SINCE },
	{ "sort",	required_argument,	NULL,	'S' },
	{ "source",	required_argument,	NULL,	's' },
	{ "strict",	no_argument,		NULL,	OPT_STRICT },
	{ "title",	required_argument,	NULL,	't' },
	{ "undated",	no_argument,		NULL,	OPT_UNDATED },
	{ "until",	required_argument,	NULL,	OPT_UNTIL },
	{ "version",	no_argument,		NULL,	'V' },
	{ "word",	no_argument,		NULL,	'w' },
	{ NULL,		0,			NULL,	0 }
};

/* The synopsis is the man page's, word for word (a test compares them). */
const char options_synopsis[] =
"usage: citeq [-cEhPVvw] [-a text] [-d spec] [-F list] [-f format]\n"
"             [-G field] [-g text] [-i list] [-K text] [-k kind] [-l list]\n"
"             [-S list] [-s text] [-t text] [--any] [--bidi]\n"
"             [--buffer-size=size] [--check] [--color=when] [--columns]\n"
"             [--date-field=field] [--dead | --live] [--delimiter=char]\n"
"             [--doi=list] [--from=format]\n"
"             [--pager=when] [--since=date] [--strict] [--until=date]\n"
"             [--undated] [file ...]\n"
"       citeq import [-h] [--default-lang=code] [-o file] [file]\n";

/* In parts, as C11 promises string literals of 4095 bytes only. */
const char *const options_help[] = {
"\n"
"Print the references in FILEs (CSV or a bibliography: see --from) that\n"
"pass every filter given. With no\n"
"FILE, read standard input when it is a pipe or a file, else the built-in\n"
"data (the references of the Wikipedia article \"Astana Platform\"), which\n"
"the FILE @builtin names.\n"
"\n"
"Filters (all must hold; a comma list or a repeated option means any value,\n"
"but TEXT is taken whole, commas included, and only a repeated option means\n"
"any text; values of fixed sets, such as kinds and formats, in any case; a\n"
"value that starts with ! must not hold: -l '!en', -t '!syria', and \\! for\n"
"a leading !):\n"
"  -l, --lang=LIST       languages: ISO 639-1 codes, or names in English\n"
"                        or in the language itself (Deutsch, русский)\n"
"  -s, --source=TEXT     source contains TEXT (any case, any script, quotes,\n"
"                        dashes and spaces as ASCII, Arabic and Cyrillic\n"
"                        letter forms alike; without diacritics in TEXT,\n"
"                        with or without them in the data: see citeq(1))\n"
"  -a, --author=TEXT     author contains TEXT\n"
"  -t, --title=TEXT      title contains TEXT\n"
"  -g, --grep=TEXT       any field contains TEXT\n"
"  -K, --keyword=TEXT    a keyword contains TEXT (every keyword column)\n"
"      --doi=LIST        DOIs, with or without https://doi.org/ or doi:\n"
"  -d, --date=SPEC       date overlaps SPEC: 2017, 2017-7, 2017-07-10,\n"
"                        May 2017, 10-13 July 2017; A..B, A.. or ..B\n"
"      --since=DATE      date ends on or after DATE\n"
"      --until=DATE      date starts on or before DATE\n"
"      --date-field=F    the date the above test: published (default),\n"
"                        retrieved or archived\n"
"      --undated         rows without that date\n"
"  -i, --id=LIST         ids and ranges: 2,4,35-42,F3, 40-, -5\n"
"  -k, --kind=KIND       citation or fact\n"
"      --dead, --live    url_status dead, or live (or empty)\n"
"  -v, --invert-match    the rows for which the filters do not hold\n"
"      --any             one filter given is enough, not all\n"
"  -E, --regex           TEXT is a regular expression (PCRE2)\n"
"  -w, --word            TEXT matches whole words only\n"
"\n",
"Output:\n"
"  -f, --format=FORMAT   table, csv, tsv, json, jsonl, bibtex, csl, ris or\n"
"                        wiki (the reference list as Wikipedia shows it)\n"
"                        (default: table on a terminal, csv otherwise)\n"
"  -F, --fields=LIST     columns to print, in that order\n"
"  -S, --sort=LIST       sort by columns; -name for descending\n"
"      --buffer-size=SIZE  memory for -S (K, M, G, T, or % of RAM; default\n"
"                        1/8 of RAM); past it, temporary files in TMPDIR\n"
"  -c, --count           print only the number of matching rows\n"
"  -G, --group-by=FIELD  count rows by value of FIELD (or year); each author\n"
"                        of a list counts; the table draws a bar a count\n"
"      --color=WHEN      auto, always or never (NO_COLOR is honoured)\n"
"  -P, --pager[=WHEN]    browse the rows in a full-screen pager: always\n"
"                        (the default of -P), auto (when standard output\n"
"                        is a terminal and the table is taller than it)\n"
"                        or never; CITEQ_PAGER=auto makes auto the default\n"
"      --bidi            in the pager, right-to-left text in visual order\n"
"      --from=FORMAT     csv, tsv, bibtex, biblatex, ris, csl-json, endnote,\n"
"                        medline or isi (default: told by content)\n"
"      --check           lint the FILEs: print what cannot be right in them\n"
"                        (exit 1 if anything)\n"
"      --strict          a date in the data that cannot be read is an error\n"
"                        (else told once a file, and the answer's status)\n"
"      --columns         show which column serves each role (id, author,\n"
"                        title, source, date, lang, ...) in the FILEs\n"
"      --delimiter=CHAR  FILEs separated by CHAR: , ; or tab (or \\t);\n"
"                        else as each FILE's header (or .tsv) says\n"
"  -h, --help            print this help\n"
"  -V, --version         print the version\n"
"\n"
"citeq import reads a reference list as Wikipedia shows it (\"  2. ^ Putz,\n"
"Catherine (29 May 2015). ...\") and the article above it, and writes CSV:\n"
"  -o, --output=FILE     write FILE (whole, or not at all)\n"
"      --default-lang=L  the language of titles too short to guess (en)\n"
"\n"
"Exit status: 0 if a row matched, 1 if none did, 2 on error.\n"
"See citeq(1) for more.\n",
NULL
};

/* What parsing keeps besides the options themselves. */
struct parse {
	struct options *opt;
	struct diag_sink *d;
	int color;		/* -1 auto, 0 never, 1 always */
	int format_set;
	int dead, live;
	int pager_bare;		/* -P or --pager without a value */
	enum in_format from;	/* --from */
	int text_flags;		/* -E, -w */
	char delim;		/* --delimiter, or 0 */
	struct buf filters;
	struct buf unused;	/* options --check does not use, as given */
};

/* An option's value is not one of a fixed set. */
static int
bad_choice(struct parse *ps, const char *option, const char *what,
    const char *value, const char *choices)
{
	diag_error(ps->d, NULL, 0, "%s: unknown %s '%s' (%s)", option, what,
	    value, choices);
	return -1;
}

/* The long name of an option, for messages. */
static const char *
long_name(int ch)
{
	const struct option *lo;

	for (lo = long_options; lo->name != NULL; lo++)
		if (lo->val == ch)
			return lo->name;
	return "?";
}

/* Keeps a filter option as given, for the pager's status line. */
static void
describe(struct parse *ps, int ch, const char *value)
{
	struct buf *b = &ps->filters;

	if (b->len > 0)
		buf_addc(b, ' ');
	if (ch < CHAR_MAX) {
		buf_addc(b, '-');
		buf_addc(b, (char)ch);
		if (value != NULL) {
			buf_addc(b, ' ');
			buf_adds(b, value);
		}
	} else {
		buf_adds(b, "--");
		buf_adds(b, long_name(ch));
		if (value != NULL) {
			buf_addc(b, '=');
			buf_adds(b, value);
		}
	}
}

static int
set_pager(struct parse *ps, const char *v)
{
	static const char *const when[] = { "never", "auto", "always", NULL };
	int i;

	if (v == NULL) {
		ps->opt->pager = PAGER_ALWAYS;
		return 0;
	}
	if ((i = choice_index(v, when)) < 0)
		return bad_choice(ps, "--pager", "value", v,
		    "always, auto or never");
	ps->opt->pager = (enum pager_when)i;
	return 0;
}

/* --delimiter: a comma, a semicolon or a tab, which may be spelled out
 * (\t, tab) as a shell makes it hard to type. */
static int
set_delim(struct parse *ps, const char *v)
{
	static const char *const names[] = { ",", ";", "\t", "\\t", "tab",
		"comma", "semicolon", NULL };
	static const char delims[] = { ',', ';', '\t', '\t', '\t', ',', ';' };
	int i;

	if ((i = choice_index(v, names)) < 0)
		return bad_choice(ps, "--delimiter", "delimiter", v,
		    "',', ';' or a tab: '\\t' or tab");
	ps->delim = delims[i];
	return 0;
}

/* Notes an option that selects or shapes rows, which --check does not
 * do (it reads whole files), once. */
static void
shapes_rows(struct parse *ps, int ch)
{
	char name[32];

	snprintf(name, sizeof name, "--%s", long_name(ch));
	if (ps->unused.s != NULL && strstr(ps->unused.s, name) != NULL)
		return;
	if (ps->unused.len > 0)
		buf_adds(&ps->unused, ", ");
	buf_adds(&ps->unused, name);
}

/* One option; 0, or -1 reported. */
static int
take(struct parse *ps, int ch, const char *arg)
{
	static const char *const colors[] = { "never", "always", "auto", NULL };
	static const char *const fields[] = { "published", "retrieved",
		"archived", NULL };
	struct options *opt = ps->opt;
	struct filter *f = opt->filter;
	char err[512];
	int r = 0, v;

	if ((ch < CHAR_MAX && strchr("acdEFfGgiKklPSstvw", ch) != NULL) ||
	    ch == OPT_ANY || ch == OPT_DATE_FIELD || ch == OPT_DEAD ||
	    ch == OPT_DOI ||
	    ch == OPT_LIVE ||
	    ch == OPT_SINCE || ch == OPT_UNDATED || ch == OPT_UNTIL)
		shapes_rows(ps, ch);
	switch (ch) {
	case 'a':
		filter_add_text(f, TEXT_AUTHOR, arg);
		break;
	case 'c':
		opt->count = 1;
		return 0;
	case 'd':
		r = filter_add_date(f, arg, err, sizeof err);
		break;
	case 'E':
		ps->text_flags |= MATCH_REGEX;
		break;
	case 'F':
		opt->fields = arg;
		return 0;
	case 'f':
		if ((v = format_parse(arg)) < 0)
			return bad_choice(ps, "--format", "format", arg,
			    "table, csv, tsv, json, jsonl, bibtex, csl, ris or "
			    "wiki");
		opt->format = (enum format)v;
		ps->format_set = 1;
		return 0;
	case 'G':
		opt->group_by = arg;
		return 0;
	case 'g':
		filter_add_text(f, TEXT_ANY, arg);
		break;
	case 'K':
		filter_add_text(f, TEXT_KEYWORDS, arg);
		break;
	case 'h':
		opt->action = ACT_HELP;
		return 0;
	case 'i':
		r = filter_add_ids(f, arg, err, sizeof err);
		break;
	case 'k':
		r = filter_add_kinds(f, arg, err, sizeof err);
		break;
	case 'l':
		r = filter_add_lang(f, arg, err, sizeof err);
		break;
	case 'P':
		ps->pager_bare = arg == NULL;
		return set_pager(ps, arg);
	case 'S':
		opt->sort = arg;
		return 0;
	case 's':
		filter_add_text(f, TEXT_SOURCE, arg);
		break;
	case 't':
		filter_add_text(f, TEXT_TITLE, arg);
		break;
	case 'V':
		opt->action = ACT_VERSION;
		return 0;
	case 'v':
		filter_set_invert(f);
		break;
	case 'w':
		ps->text_flags |= MATCH_WORD;
		break;
	case OPT_ANY:
		filter_set_any(f);
		break;
	case OPT_BIDI:
		opt->bidi = 1;
		return 0;
	case OPT_BUFFER_SIZE:
		if (extsort_parse_size(arg, &opt->buffer_size) != 0) {
			diag_error(ps->d, NULL, 0, "--buffer-size: bad size "
			    "'%s' (a number, and b, K, M, G, T or %%)", arg);
			return -1;
		}
		return 0;
	case OPT_CHECK:
		opt->action = ACT_CHECK;
		return 0;
	case OPT_COLUMNS:
		opt->action = ACT_COLUMNS;
		return 0;
	case OPT_COLOR:
		if ((v = choice_index(arg, colors)) < 0)
			return bad_choice(ps, "--color", "value", arg,
			    "auto, always or never");
		ps->color = v == 2 ? -1 : v;
		return 0;
	case OPT_DATE_FIELD:
		if ((v = choice_index(arg, fields)) < 0)
			return bad_choice(ps, "--date-field", "date field",
			    arg, "published, retrieved or archived");
		opt->date_field = (enum date_field)v;
		filter_set_date_field(f, opt->date_field);
		break;
	case OPT_DELIMITER:
		return set_delim(ps, arg);
	case OPT_DOI:
		r = filter_add_dois(f, arg, err, sizeof err);
		break;
	case OPT_FROM:
		if ((v = in_format_named(arg)) < 0)
			return bad_choice(ps, "--from", "input format", arg,
			    "csv, tsv, bibtex, biblatex, ris, csl-json, "
			    "endnote, medline, nbib or isi");
		ps->from = (enum in_format)v;
		return 0;
	case OPT_DEAD:
		ps->dead = 1;
		break;
	case OPT_LIVE:
		ps->live = 1;
		break;
	case OPT_SINCE:
		r = filter_set_since(f, arg, err, sizeof err);
		break;
	case OPT_UNDATED:
		filter_set_undated(f);
		break;
	case OPT_UNTIL:
		r = filter_set_until(f, arg, err, sizeof err);
		break;
	case OPT_STRICT:
		opt->strict = 1;
		return 0;
	default:
		return -1;
	}
	if (r != 0) {
		diag_error(ps->d, NULL, 0, "--%s: %s", long_name(ch), err);
		return -1;
	}
	describe(ps, ch, arg);
	return 0;
}

static int
usage_error(struct parse *ps, const char *fmt, const char *arg)
{
	char msg[512];

	snprintf(msg, sizeof msg, fmt, arg);
	diag_error(ps->d, NULL, 0, "%s (see citeq --help)", msg);
	return -1;
}

/* Is v the value of a long option? */
static int
is_option_val(int v)
{
	const struct option *lo;

	for (lo = long_options; lo->name != NULL; lo++)
		if (lo->val == v)
			return 1;
	return 0;
}

/* What getopt_long refused: a long option that takes no value given one
 * ("--undated=yes"), an abbreviation of several ("--s"), or an option
 * citeq does not have. arg is the word it refused. */
static int
refused(struct parse *ps, const char *arg)
{
	const struct option *lo, *hit = NULL;
	const char *name = arg + 2;
	size_t n = strcspn(name, "="), nhits = 0;
	struct buf all = { NULL, 0, 0 };
	int r;

	if (!(optopt == 0 || is_option_val(optopt)) ||
	    strncmp(arg, "--", 2) != 0) {
		char o[3] = { '-', (char)optopt, '\0' };

		return usage_error(ps, "unknown option '%s'", o);
	}
	for (lo = long_options; lo->name != NULL; lo++) {
		if (strncmp(lo->name, name, n) != 0)
			continue;
		if (lo->name[n] == '\0') {	/* exact */
			hit = lo;
			nhits = 1;
			break;
		}
		hit = lo;
		nhits++;
		buf_adds(&all, nhits > 1 ? ", --" : "--");
		buf_adds(&all, lo->name);
	}
	if (nhits == 1 && hit->has_arg == no_argument && name[n] == '=') {
		char what[64];

		snprintf(what, sizeof what, "--%s", hit->name);
		r = usage_error(ps, "option '%s' takes no value", what);
	} else if (nhits > 1) {
		diag_error(ps->d, NULL, 0, "option '%.*s' is ambiguous: it may "
		    "be %s (see citeq --help)", (int)(n + 2 > 64 ? 64 : n + 2),
		    arg, all.s);
		r = -1;
	} else {
		r = usage_error(ps, "unknown option '%s'", arg);
	}
	buf_free(&all);
	return r;
}

/* Options that cannot go together, checked once before any work. */
static int
check_combinations(struct parse *ps)
{
	struct options *opt = ps->opt;
	const char *why = NULL;

	if (ps->dead && ps->live)
		why = "--dead and --live exclude each other";
	else if (opt->count && opt->group_by != NULL)
		why = "--count and --group-by exclude each other";
	else if (opt->fields != NULL && opt->group_by != NULL)
		why = "--fields and --group-by exclude each other";
	else if ((opt->group_by != NULL || opt->action == ACT_COLUMNS) &&
	    opt->format >= FMT_BIBTEX)
		why = "--group-by and --columns print tables: use table, csv, "
		    "tsv, json or jsonl";
	if (why != NULL) {
		diag_error(ps->d, NULL, 0, "%s (see citeq --help)", why);
		return -1;
	}
	if (ps->dead)
		filter_set_link(opt->filter, LINK_DEAD);
	if (ps->live)
		filter_set_link(opt->filter, LINK_LIVE);
	return 0;
}

/* The table's width: the terminal's, else $COLUMNS, else no limit. */
static size_t
table_width(const struct env *e)
{
	char *end;
	long v;

	if (e->stdout_tty && e->tty_cols > 0)
		return e->tty_cols;
	if (e->columns != NULL && *e->columns != '\0') {
		errno = 0;
		v = strtol(e->columns, &end, 10);
		if (errno == 0 && *end == '\0' && v > 0 && v <= 10000)
			return (size_t)v;
	}
	return e->stdout_tty ? 80 : 0;
}

/* What the environment decides, once the options are known. */
static void
apply_env(struct parse *ps, const struct env *e)
{
	struct options *opt = ps->opt;

	if (!ps->format_set)
		opt->format = e->stdout_tty ? FMT_TABLE : FMT_CSV;
	/* Colour only where the terminal can show it: not on a dumb one. */
	if (ps->color < 0)
		ps->color = e->stdout_tty && (e->no_color == NULL ||
		    *e->no_color == '\0') && e->term != NULL &&
		    *e->term != '\0' && strcmp(e->term, "dumb") != 0;
	opt->table.color = ps->color;
	opt->table.width = table_width(e);
	opt->table.bars = 1;		/* beside -G's counts */
	opt->table.ascii = !e->utf8;	/* "#" bars, not block elements */
	if (opt->pager == PAGER_AUTO && !e->stdout_tty)
		opt->pager = PAGER_NEVER;
	opt->screen_rows = e->tty_rows;
	opt->term = e->term != NULL ? e->term : "";
}

/* A word after a bare -P that names no file but a --pager value: "-P
 * auto" means --pager=auto to the one who typed it. */
static int
pager_word(const char *w)
{
	static const char *const when[] = { "never", "auto", "always", NULL };

	return choice_index(w, when) >= 0 && access(w, F_OK) != 0;
}

/* Says once what --check and --fields leave aside. */
static void
warn_unused(struct parse *ps)
{
	struct options *opt = ps->opt;

	if (opt->action == ACT_CHECK && ps->unused.len > 0)
		diag_warn(ps->d, NULL, 0, "--check reads whole files; %s %s "
		    "not apply to it", ps->unused.s, strchr(ps->unused.s, ',') ?
		    "do" : "does");
	else if (opt->fields != NULL && opt->format >= FMT_BIBTEX)
		diag_warn(ps->d, NULL, 0, "--fields does not apply to "
		    "--format=%s, which writes every field it has",
		    format_name(opt->format));
}

static int
parse(struct parse *ps, int argc, char **argv, const struct env *e)
{
	struct options *opt = ps->opt;
	char err[1024];
	int ch, i;

	opt->filter = filter_new();
	if (e->pager != NULL && strcasecmp(e->pager, "auto") == 0)
		opt->pager = PAGER_AUTO;
	opt->plain = e->plain != NULL && *e->plain != '\0' &&
	    strcmp(e->plain, "0") != 0;
	opt->simd = -1;
	if (e->simd != NULL && *e->simd != '\0') {
		if (strcasecmp(e->simd, "plain") == 0)
			opt->simd = CSVS_SIMD_PLAIN;
		else if (strcasecmp(e->simd, "sse2") == 0)
			opt->simd = CSVS_SIMD_SSE2;
		else if (strcasecmp(e->simd, "avx2") == 0)
			opt->simd = CSVS_SIMD_AVX2;
		else
			return usage_error(ps, "CITEQ_SIMD is '%s', not plain, "
			    "sse2 or avx2", e->simd);
	}
	if (e->threads != NULL && *e->threads != '\0') {
		char *end;
		unsigned long t;

		errno = 0;
		t = strtoul(e->threads, &end, 10);
		if (*end != '\0' || errno != 0 || t < 1 || t > 64 ||
		    !isdigit((unsigned char)*e->threads))
			return usage_error(ps, "CITEQ_THREADS is '%s', not a "
			    "number of threads from 1 to 64", e->threads);
		opt->threads = (unsigned)t;
	}
	opt->tmpdir = e->tmpdir;
	buf_adds(&ps->filters, "");
	opt->filters = ps->filters.s;

	/* 0, not 1: glibc's getopt then forgets a previous parse entirely
	 * (the tests and the fuzzer parse many command lines). */
	opterr = 0;
	optind = 0;
	while ((ch = getopt_long(argc, argv,
	    ":a:cd:EF:f:G:g:hi:K:k:l:P::S:s:t:Vvw",
	    long_options, NULL)) != -1) {
		int r;

		if (ch == ':')
			r = usage_error(ps, "option '%s' needs a value",
			    argv[optind - 1]);
		else if (ch == '?')
			r = refused(ps, argv[optind - 1]);
		else
			r = take(ps, ch, optarg);
		opt->filters = ps->filters.s;
		if (r != 0)
			return -1;
		if (opt->action == ACT_HELP || opt->action == ACT_VERSION)
			return 0;	/* whatever follows */
	}
	if (check_combinations(ps) != 0)
		return -1;
	filter_set_text_flags(opt->filter, ps->text_flags);
	if (filter_compile(opt->filter, err, sizeof err) != 0) {
		diag_error(ps->d, NULL, 0, "%s", err);
		return -1;
	}
	apply_env(ps, e);

	/* No FILE: standard input if it carries data, else the built-in. */
	opt->ninputs = optind < argc ? (size_t)(argc - optind) : 1;
	opt->inputs = xcalloc(opt->ninputs, sizeof *opt->inputs);
	for (i = optind; i < argc; i++)
		opt->inputs[i - optind].path = strcmp(argv[i], INPUT_BUILTIN) ==
		    0 ? NULL : argv[i];
	for (i = 0; i < (int)opt->ninputs; i++)
		opt->inputs[i].from = ps->from;
	if (optind >= argc) {
		opt->inputs[0].path = e->stdin_data ? "-" : NULL;
		opt->inputs[0].implicit = e->stdin_data;
	}
	for (i = 0; (size_t)i < opt->ninputs; i++)
		opt->inputs[i].delim = ps->delim;
	if (ps->pager_bare && optind < argc && pager_word(argv[optind])) {
		diag_error(ps->d, argv[optind], 0, "no such file; to say when "
		    "to page, write --pager=%s", argv[optind]);
		return -1;
	}
	warn_unused(ps);
	return 0;
}

int
options_parse(struct options *opt, int argc, char **argv,
    const struct env *e, struct diag_sink *d)
{
	struct parse ps;
	int r;

	memset(opt, 0, sizeof *opt);
	memset(&ps, 0, sizeof ps);
	ps.opt = opt;
	ps.d = d;
	ps.color = -1;
	r = parse(&ps, argc, argv, e);
	buf_free(&ps.unused);
	return r;
}

void
options_free(struct options *opt)
{
	filter_free(opt->filter);
	free(opt->filters);
	free(opt->inputs);
	opt->filter = NULL;
	opt->filters = NULL;
	opt->inputs = NULL;
}
