/* The front end's library half: options and environment into options,
 * options into a query plan, inputs opened in one place, the links between
 * facts and citations, and diagnostic levels with the exit status. */
#include "helpers.h"

#include <unistd.h>

#include "diag.h"
#include "input.h"
#include "links.h"
#include "options.h"
#include "plan.h"
#include "rows.h"
#include "roles.h"

/* Every message a sink emitted, as "LEVEL|FILE|LINE|MSG\n". */
struct log {
	char text[4096];
};

static void
log_emit(void *arg, enum diag_level level, const char *file,
    unsigned long line, const char *msg)
{
	static const char *const names[] = { "note", "warning", "error" };
	struct log *l = arg;
	size_t n = strlen(l->text);

	snprintf(l->text + n, sizeof l->text - n, "%s|%s|%lu|%s\n",
	    names[level], file ? file : "", line, msg);
}

/* A terminal 100 columns wide and 30 high, no variables set, UTF-8. */
static const struct env tty_env = { .term = "xterm", .stdout_tty = 1,
	.tty_cols = 100, .tty_rows = 30, .utf8 = 1 };
/* Output to a pipe, input from a terminal, LANG=C. */
static const struct env pipe_env = { .utf8 = 0 };

/* Parses a command line given as one string of words. */
static int
parse(struct options *o, const char *line, const struct env *e,
    struct log *l)
{
	static char buf[512];
	static char *argv[32];
	struct diag_sink d = { .emit = log_emit, .arg = l };
	int argc = 0;
	char *w;

	snprintf(buf, sizeof buf, "citeq %s", line);
	for (w = strtok(buf, " "); w != NULL && argc < 31; w = strtok(NULL,
	    " "))
		argv[argc++] = w;
	argv[argc] = NULL;
	if (l != NULL)
		l->text[0] = '\0';
	return options_parse(o, argc, argv, e, &d);
}

/* ---- options and the environment ---- */

static void
test_format_and_colour(void **state)
{
	struct options o;
	struct env e = tty_env;

	(void)state;
	assert_int_equal(parse(&o, "-l ru", &tty_env, NULL), 0);
	assert_int_equal(o.format, FMT_TABLE);
	assert_int_equal(o.table.color, 1);
	assert_int_equal(o.table.width, 100);
	assert_int_equal(o.screen_rows, 30);
	assert_int_equal(o.table.bars, 1);
	assert_int_equal(o.table.ascii, 0);
	assert_string_equal(o.term, "xterm");
	options_free(&o);

	assert_int_equal(parse(&o, "-l ru", &pipe_env, NULL), 0);
	assert_int_equal(o.format, FMT_CSV);
	assert_int_equal(o.table.color, 0);
	assert_int_equal(o.table.width, 0);
	assert_int_equal(o.table.ascii, 1);	/* not UTF-8: "#" bars */
	options_free(&o);

	/* --color=never on a terminal: the pager's table too (the bug of
	 * the pager reading the terminal itself). */
	assert_int_equal(parse(&o, "--pager=auto --color=never", &tty_env,
	    NULL), 0);
	assert_int_equal(o.table.color, 0);
	assert_int_equal(o.pager, PAGER_AUTO);
	options_free(&o);

	e.term = "dumb";		/* cannot show bold */
	assert_int_equal(parse(&o, "", &e, NULL), 0);
	assert_int_equal(o.table.color, 0);
	options_free(&o);
	e.term = NULL;
	assert_int_equal(parse(&o, "", &e, NULL), 0);
	assert_int_equal(o.table.color, 0);
	options_free(&o);
	e.term = "xterm";
	e.no_color = "1";
	assert_int_equal(parse(&o, "", &e, NULL), 0);
	assert_int_equal(o.table.color, 0);
	options_free(&o);
	assert_int_equal(parse(&o, "--color=always", &e, NULL), 0);
	assert_int_equal(o.table.color, 1);
	options_free(&o);

	/* COLUMNS counts where there is no terminal to ask. */
	e = pipe_env;
	e.columns = "72";
	assert_int_equal(parse(&o, "-f table", &e, NULL), 0);
	assert_int_equal(o.format, FMT_TABLE);
	assert_int_equal(o.table.width, 72);
	options_free(&o);
	e.columns = "wide";
	assert_int_equal(parse(&o, "-f table", &e, NULL), 0);
	assert_int_equal(o.table.width, 0);
	options_free(&o);
}

static void
test_pager_and_plain(void **state)
{
	struct options o;
	struct env e = pipe_env;

	(void)state;
	e.pager = "auto";
	e.plain = "1";
	assert_int_equal(parse(&o, "", &e, NULL), 0);
	assert_int_equal(o.pager, PAGER_NEVER);	/* not a terminal */
	assert_int_equal(o.plain, 1);
	options_free(&o);
	e = tty_env;
	e.pager = "auto";
	e.plain = "0";
	assert_int_equal(parse(&o, "", &e, NULL), 0);
	assert_int_equal(o.pager, PAGER_AUTO);
	assert_int_equal(o.plain, 0);
	options_free(&o);
	assert_int_equal(parse(&o, "-P", &pipe_env, NULL), 0);
	assert_int_equal(o.pager, PAGER_ALWAYS);
	options_free(&o);
}

static void
test_inputs(void **state)
{
	struct options o;
	struct env e = pipe_env;

	(void)state;
	assert_int_equal(parse(&o, "-c", &e, NULL), 0);
	assert_int_equal(o.ninputs, 1);
	assert_null(o.inputs[0].path);		/* the built-in data */
	options_free(&o);
	e.stdin_data = 1;
	assert_int_equal(parse(&o, "-c", &e, NULL), 0);
	assert_string_equal(o.inputs[0].path, "-");
	options_free(&o);
	assert_int_equal(parse(&o, "a.csv -c - b.csv", &e, NULL), 0);
	assert_int_equal(o.ninputs, 3);
	assert_string_equal(o.inputs[0].path, "a.csv");
	assert_string_equal(o.inputs[1].path, "-");
	assert_string_equal(o.inputs[2].path, "b.csv");
	options_free(&o);
}

static void
test_filters_described(void **state)
{
	struct options o;

	(void)state;
	assert_int_equal(parse(&o, "-l ru -F id --since 2017 -P --dead -s x",
	    &pipe_env, NULL), 0);
	assert_string_equal(o.filters, "-l ru --since=2017 --dead -s x");
	options_free(&o);
}

static void
test_usage_errors(void **state)
{
	struct options o;
	struct log l;

	(void)state;
	assert_int_equal(parse(&o, "--frobnicate", &pipe_env, &l), -1);
	assert_string_equal(l.text, "error||0|unknown option '--frobnicate' "
	    "(see citeq --help)\n");
	options_free(&o);
	assert_int_equal(parse(&o, "-l", &pipe_env, &l), -1);
	assert_string_equal(l.text, "error||0|option '-l' needs a value "
	    "(see citeq --help)\n");
	options_free(&o);
	assert_int_equal(parse(&o, "-f yaml", &pipe_env, &l), -1);
	assert_non_null(strstr(l.text, "error||0|--format: unknown format "
	    "'yaml'"));
	options_free(&o);
	assert_int_equal(parse(&o, "-l xx", &pipe_env, &l), -1);
	assert_non_null(strstr(l.text, "error||0|--lang: unknown language "
	    "'xx'"));
	options_free(&o);
	assert_int_equal(parse(&o, "--dead --live", &pipe_env, &l), -1);
	assert_string_equal(l.text, "error||0|--dead and --live exclude each "
	    "other (see citeq --help)\n");
	options_free(&o);
	/* --help wins over what follows it, as it did. */
	assert_int_equal(parse(&o, "-h --frobnicate", &pipe_env, &l), 0);
	assert_int_equal(o.action, ACT_HELP);
	options_free(&o);
}

/* ---- the plan ---- */

static void
open_plan(struct plan *p, struct options *o, const char *line,
    const struct env *e, struct log *l)
{
	struct diag_sink d = { .emit = log_emit, .arg = l };

	assert_int_equal(parse(o, line, e, NULL), 0);
	l->text[0] = '\0';
	(void)plan_open(p, o, 0, &d);
}

/* The pager's rows: references loaded a batch at a time, read again on
 * demand, and how far loading has come through the input's bytes. */
static void
test_rowlist(void **state)
{
	struct options o;
	struct plan p;
	struct log l;
	struct rowlist *rl;
	const struct record *r;
	double before, after;

	(void)state;
	open_plan(&p, &o, "-k fact", &tty_env, &l);
	rl = rowlist_lazy(p.cursor);
	assert_true(rowlist_done(rl) == 0);
	assert_int_equal(rowlist_load(rl, 2), 2);
	before = rowlist_done(rl);
	assert_true(before > 0 && before < 1);
	assert_int_equal(rowlist_load(rl, 3), 3);
	after = rowlist_done(rl);
	assert_true(after > before && after < 1);
	rowlist_load_all(rl);
	assert_true(rowlist_complete(rl));
	assert_true(rowlist_done(rl) == 1);
	/* The built-in data's 11 facts, F1 to F11, each whole. */
	assert_int_equal(rowlist_count(rl), 11);
	r = rowlist_get(rl, 10);
	assert_non_null(r);
	assert_int_equal(r->f[0].len, 3);
	assert_memory_equal(r->f[0].s, "F11", 3);
	assert_int_equal(r->f[1].len, 4);	/* kind: not left out */
	r = rowlist_get(rl, 0);
	assert_memory_equal(r->f[0].s, "F1", 2);
	rowlist_free(rl);
	plan_close(&p);
	options_free(&o);
}

static void
test_plan_columns(void **state)
{
	static const size_t table[] = { 0, 5, 6, 2, 3, 4 };
	struct options o;
	struct plan p;
	struct log l;
	size_t i;

	(void)state;
	/* The built-in header: id,kind,author,title,source,date,lang,... */
	open_plan(&p, &o, "-F id,Title,date", &pipe_env, &l);
	assert_int_equal(p.ncols, 3);
	assert_int_equal(p.cols[0], 0);
	assert_int_equal(p.cols[1], 3);	/* any case */
	assert_int_equal(p.cols[2], 5);
	assert_ptr_equal(p.view.cols, p.cols);
	assert_int_equal(p.view.n, 3);
	assert_true(roles_has(p.view.roles, ROLE_TITLE));
	plan_close(&p);
	options_free(&o);

	open_plan(&p, &o, "", &tty_env, &l);	/* the table's default */
	assert_int_equal(p.ncols, 6);
	for (i = 0; i < 6; i++)
		assert_int_equal(p.cols[i], table[i]);
	plan_close(&p);
	options_free(&o);

	open_plan(&p, &o, "", &pipe_env, &l);	/* CSV: every column */
	assert_int_equal(p.ncols, 15);
	assert_int_equal(p.cols[14], 14);
	plan_close(&p);
	options_free(&o);

	open_plan(&p, &o, "-F id,nosuch", &pipe_env, &l);
	assert_null(p.cols);
	assert_string_equal(l.text, "error||0|--fields: no column 'nosuch'\n");
	plan_close(&p);
	options_free(&o);
}

static void
test_plan_sort(void **state)
{
	struct options o;
	struct plan p;
	struct log l;

	(void)state;
	open_plan(&p, &o, "-S -date,id", &pipe_env, &l);
	assert_int_equal(p.nkeys, 2);
	assert_int_equal(p.keys[0].col, 5);
	assert_int_equal(p.keys[0].desc, 1);
	assert_int_equal(p.keys[0].date, 1);
	assert_int_equal(p.keys[1].col, 0);
	assert_int_equal(p.keys[1].desc, 0);
	assert_int_equal(p.keys[1].date, 0);
	plan_close(&p);
	options_free(&o);

	open_plan(&p, &o, "-S nosuch", &pipe_env, &l);
	assert_string_equal(l.text, "error||0|--sort: no column 'nosuch'\n");
	plan_close(&p);
	options_free(&o);
}

static void
test_plan_groups(void **state)
{
	struct options o;
	struct plan p;
	struct log l;

	(void)state;
	/* The built-in data's languages: en 34, ar 9, ru 4, and one each of
	 * de, fr, it, kk and the empty value (counted from the CSV). */
	open_plan(&p, &o, "-G lang", &pipe_env, &l);
	assert_true(p.grouped);
	assert_ptr_equal(p.schema, &p.gschema);
	assert_int_equal(p.gschema.n, 2);
	assert_string_equal(p.gschema.names[0], "lang");
	assert_string_equal(p.gschema.names[1], "count");
	assert_int_equal(p.groups.n, 8);
	assert_string_equal(p.groups.v[0]->f[0].s, "en");
	assert_string_equal(p.groups.v[0]->f[1].s, "34");
	assert_string_equal(p.groups.v[1]->f[0].s, "ar");
	assert_string_equal(p.groups.v[1]->f[1].s, "9");
	assert_string_equal(p.groups.v[2]->f[0].s, "ru");
	assert_int_equal(p.ncols, 2);
	plan_close(&p);
	options_free(&o);

	/* Sorted by -S over the frequency table's own columns: the empty
	 * value (citation 33, an empty entry) first, then ar, de. */
	open_plan(&p, &o, "-k citation -G lang -S lang", &pipe_env, &l);
	assert_string_equal(p.groups.v[0]->f[0].s, "");
	assert_string_equal(p.groups.v[1]->f[0].s, "ar");
	assert_string_equal(p.groups.v[2]->f[0].s, "de");
	plan_close(&p);
	options_free(&o);

	open_plan(&p, &o, "-G nosuch", &pipe_env, &l);
	assert_string_equal(l.text, "error||0|--group-by: no column "
	    "'nosuch'\n");
	plan_close(&p);
	options_free(&o);
}

/* ---- inputs ---- */

static void
test_inputs_open(void **state)
{
	struct log l = { "" };
	struct diag_sink d = { .emit = log_emit, .arg = &l };
	struct input builtin = { NULL, 0, 0, IN_AUTO },
	    missing = { "/nonexistent/x.csv", 0, 0, IN_AUTO };
	struct input file;
	char path[] = "/tmp/citeq-test-XXXXXX";
	struct csvr *r;
	struct record row;
	int fd;

	(void)state;
	assert_string_equal(input_name(&builtin), "(built-in)");
	r = input_open(&builtin, 0, &d);
	assert_non_null(r);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(row.n, 15);
	assert_string_equal(row.f[0].s, "id");
	csvr_close(r);

	assert_null(input_open(&missing, 0, &d));
	assert_string_equal(l.text, "error|/nonexistent/x.csv|0|No such file "
	    "or directory\n");
	assert_int_equal(d.seen[DIAG_ERROR], 1);

	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, "a,b\n1,2\n", 8), 8);
	close(fd);
	file.path = path;
	assert_string_equal(input_name(&file), path);
	r = input_open(&file, 1, &d);
	assert_non_null(r);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_int_equal(csvr_next(r, &row), CSVR_ROW);
	assert_string_equal(row.f[1].s, "2");
	csvr_close(r);
	unlink(path);
}

/* ---- links ---- */

static void
test_links(void **state)
{
	struct schema s, bare;
	struct roles rs, rbare;
	struct record *fact, *cit37, *cit5, *fact2, *empty;

	(void)state;
	/* Another file's names for the roles: Key is an id. */
	make_schema(&s, "Key,kind,title,cites");
	fact = make_row("F9", "fact", "The draft", "37; 2;38", NULL);
	cit37 = make_row("37", "citation", "Syrian opposition", "", NULL);
	cit5 = make_row("5", "citation", "Other", "", NULL);
	fact2 = make_row("F10", "fact", "Another", "5;40", NULL);
	empty = make_row("F1", "fact", "No sources", "", NULL);
	roles_bind(&rs, &s);

	assert_int_equal(links_dir(&rs, fact), LINKS_CITES);
	assert_true(links_match(&rs, fact, LINKS_CITES, cit37));
	assert_false(links_match(&rs, fact, LINKS_CITES, cit5));
	assert_false(links_match(&rs, fact, LINKS_CITES, fact2));

	assert_int_equal(links_dir(&rs, cit5), LINKS_CITED_BY);
	assert_true(links_match(&rs, cit5, LINKS_CITED_BY, fact2));
	assert_false(links_match(&rs, cit5, LINKS_CITED_BY, fact));
	assert_false(links_match(&rs, cit5, LINKS_CITED_BY, cit37));
	assert_true(links_match(&rs, cit37, LINKS_CITED_BY, fact));

	assert_int_equal(links_dir(&rs, empty), LINKS_NONE);

	make_schema(&bare, "id,title");
	roles_bind(&rbare, &bare);
	assert_int_equal(links_dir(&rbare, cit5), LINKS_NONE);

	free(fact);
	free(cit37);
	free(cit5);
	free(fact2);
	free(empty);
	schema_free(&s);
	schema_free(&bare);
}

/* ---- diagnostics ---- */

static void
test_diag_levels(void **state)
{
	struct log l = { "" };
	struct diag_sink d = { .emit = log_emit, .arg = &l };

	(void)state;
	assert_int_equal(diag_status(&d, 3), 0);
	assert_int_equal(diag_status(&d, 0), 1);
	assert_int_equal(diag_status(&d, -1), 2);
	diag_note(&d, NULL, 0, "a note");
	diag_warn(&d, "f.csv", 3, "a warning %d", 1);
	assert_int_equal(diag_status(&d, 3), 0);	/* warnings pass */
	assert_int_equal(diag_status(&d, 0), 1);
	assert_false(diag_failed(&d));
	diag_error(&d, "f.csv", 0, "an error");
	assert_true(diag_failed(&d));
	assert_int_equal(diag_status(&d, 3), 2);
	assert_int_equal(d.seen[DIAG_NOTE], 1);
	assert_int_equal(d.seen[DIAG_WARNING], 1);
	assert_int_equal(d.seen[DIAG_ERROR], 1);
	assert_string_equal(l.text, "note||0|a note\n"
	    "warning|f.csv|3|a warning 1\n"
	    "error|f.csv|0|an error\n");
	diag_error(NULL, NULL, 0, "nowhere");	/* ignored */
}

static void
test_diag_hold(void **state)
{
	struct log l = { "" };
	struct diag_sink d = { .emit = log_emit, .arg = &l };

	(void)state;
	assert_null(diag_held_last(&d));
	diag_hold(&d);
	diag_warn(&d, "a.csv", 2, "first");
	diag_error(&d, "b.csv", 9, "second");
	assert_string_equal(l.text, "");		/* held */
	assert_int_equal(d.seen[DIAG_ERROR], 1);	/* but counted */
	assert_string_equal(diag_held_last(&d), "second");
	assert_null(diag_held_last(&d));		/* nothing new */
	diag_note(&d, NULL, 0, "third");
	assert_string_equal(diag_held_last(&d), "third");
	diag_release(&d);
	/* In order, each with its own level, counted once. */
	assert_string_equal(l.text, "warning|a.csv|2|first\n"
	    "error|b.csv|9|second\n"
	    "note||0|third\n");
	assert_int_equal(d.seen[DIAG_ERROR], 1);
	assert_int_equal(d.seen[DIAG_WARNING], 1);
	diag_warn(&d, NULL, 0, "after");		/* straight through */
	assert_non_null(strstr(l.text, "warning||0|after\n"));
}

static void
test_diag_tally(void **state)
{
	struct log l = { "" };
	struct diag_sink d = { .emit = log_emit, .arg = &l };

	(void)state;
	diag_tally(&d, "a.csv", 87, DIAG_BAD_DATE, "23-27 September", 15);
	diag_tally(&d, "b.csv", 4, DIAG_BAD_DATE, "x", 1);
	diag_tally(&d, "a.csv", 90, DIAG_BAD_DATE, "2017-02-30", 10);
	diag_tally(&d, "a.csv", 90, DIAG_BAD_DATE, "2017-02-30", 10);
	diag_tally(&d, "a.csv", 95, DIAG_BAD_DATE, "y", 1);
	assert_string_equal(l.text, "");		/* not yet */
	diag_flush(&d);
	/* Once a file and kind, in the order first seen, the same row (90,
	 * read by the filter and the sort) counted once. */
	assert_string_equal(l.text,
	    "warning|a.csv|0|3 rows with a date that cannot be read, the "
	    "first at line 87: '23-27 September'\n"
	    "warning|b.csv|0|1 row with a date that cannot be read, at line "
	    "4: 'x'\n");
	assert_false(diag_failed(&d));
	assert_int_equal(diag_status(&d, 5), 0);
	l.text[0] = '\0';
	diag_flush(&d);				/* told already */
	assert_string_equal(l.text, "");

	d.strict = 1;				/* --strict */
	diag_tally(&d, "c.csv", 2, DIAG_BAD_DATE, "z", 1);
	diag_flush(&d);
	assert_string_equal(l.text, "error|c.csv|0|1 row with a date that "
	    "cannot be read, at line 2: 'z'\n");
	assert_int_equal(diag_status(&d, 5), 2);
}

static void
test_diag_format(void **state)
{
	char *s;

	(void)state;
	s = diag_format(DIAG_WARNING, "refs.txt", 28, "reference 3 is missing");
	assert_string_equal(s, "citeq: refs.txt:28: warning: reference 3 is "
	    "missing\n");
	free(s);
	s = diag_format(DIAG_ERROR, "x.csv", 0, "No such file or directory");
	assert_string_equal(s, "citeq: x.csv: No such file or directory\n");
	free(s);
	s = diag_format(DIAG_ERROR, NULL, 0, "write error: Broken pipe");
	assert_string_equal(s, "citeq: write error: Broken pipe\n");
	free(s);
	s = diag_format(DIAG_WARNING, "z.csv", 0, "3 rows with x");
	assert_string_equal(s, "citeq: z.csv: 3 rows with x\n");
	free(s);
	s = diag_format(DIAG_WARNING, NULL, 0, "w");
	assert_string_equal(s, "citeq: warning: w\n");
	free(s);
	s = diag_format(DIAG_NOTE, NULL, 0, "n");
	assert_string_equal(s, "citeq: note: n\n");
	free(s);
	/* A path and a value made terminal-safe: ESC and BEL shown as
	 * pictures (U+241B, U+2407). */
	s = diag_format(DIAG_ERROR, "a\033[2Jb.csv", 1, "bad '\a'");
	assert_string_equal(s, "citeq: a\xe2\x90\x9b[2Jb.csv:1: bad "
	    "'\xe2\x90\x87'\n");
	free(s);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_format_and_colour),
		cmocka_unit_test(test_pager_and_plain),
		cmocka_unit_test(test_inputs),
		cmocka_unit_test(test_filters_described),
		cmocka_unit_test(test_usage_errors),
		cmocka_unit_test(test_plan_columns),
		cmocka_unit_test(test_plan_sort),
		cmocka_unit_test(test_plan_groups),
		cmocka_unit_test(test_inputs_open),
		cmocka_unit_test(test_links),
		cmocka_unit_test(test_diag_levels),
		cmocka_unit_test(test_rowlist),
		cmocka_unit_test(test_diag_hold),
		cmocka_unit_test(test_diag_tally),
		cmocka_unit_test(test_diag_format),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
