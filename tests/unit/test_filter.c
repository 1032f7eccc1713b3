#include "helpers.h"

#include "filter.h"

#define HEADER "id,kind,author,title,source,date,lang,access_date,url_status"

static struct schema schema;
static struct record *rows[8];
static size_t nrows;

static int
setup(void **state)
{
	(void)state;
	make_schema(&schema, HEADER);
	nrows = 0;
	rows[nrows++] = make_row("2", "citation", "Putz, Catherine",
	    "Why Was Syria's Opposition in Kazakhstan?", "The Diplomat",
	    "2015-05-29", "en", "", "", NULL);
	rows[nrows++] = make_row("11", "citation", "",
	    "Мемлекет басшысы", "ЖАҢАЛЫҚТАР", "2015-09-18", "kk", "", "",
	    NULL);
	rows[nrows++] = make_row("39", "citation", "Terzi, Giulio",
	    "Expert Meeting", "Giulio Terzi", "2017-07-10/2017-07-13", "EN-us",
	    "", "live", NULL);
	rows[nrows++] = make_row("7", "citation", "", "وزير خارجية",
	    "حركة المجتمع التعددي", "", "Arabic", "2019-07-07", "dead", NULL);
	rows[nrows++] = make_row("F3", "fact", "", "Leader: Randa Kassis",
	    "", "", "en", "", "", NULL);
	rows[nrows++] = make_row("6", "citation", "",
	    "L'opposition syrienne sugge\xCC\x80re", "Ambassade", "2015-04-10",
	    "fr", "", "", NULL);
	rows[nrows++] = make_row("99", "citation", "", "Bad", "", "2017-02-30",
	    "xx", "", "", NULL);
	rows[nrows - 1]->file = "t.csv";
	rows[nrows - 1]->line = 7;
	return 0;
}

static int
teardown(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < nrows; i++)
		free(rows[i]);
	schema_free(&schema);
	return 0;
}

/* The ids of the rows that pass, as "2,11,". */
static const char *
run(struct filter *f, struct captured *cap)
{
	static char out[256];
	struct diag_sink d = { .emit = capture, .arg = cap };
	size_t i;

	out[0] = '\0';
	filter_bind(f, &schema);
	for (i = 0; i < nrows; i++)
		if (filter_match(f, rows[i], &d)) {
			strcat(out, rows[i]->f[0].s);
			strcat(out, ",");
		}
	diag_flush(&d);
	filter_free(f);
	return out;
}

static void
test_no_filter(void **state)
{
	(void)state;
	assert_string_equal(run(filter_new(), NULL), "2,11,39,7,F3,6,99,");
}

static void
test_lang(void **state)
{
	struct filter *f;
	char err[256];

	(void)state;
	f = filter_new();
	assert_int_equal(filter_add_lang(f, "en", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "2,39,F3,");	/* EN-us is en */
	f = filter_new();
	assert_int_equal(filter_add_lang(f, "arabic,KK", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "11,7,");	/* name in the data */
	f = filter_new();
	assert_int_equal(filter_add_lang(f, "Russian", err, sizeof err), 0);
	assert_int_equal(filter_add_lang(f, "fre", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "6,");
	f = filter_new();
	assert_int_equal(filter_add_lang(f, "xx", err, sizeof err), -1);
	assert_non_null(strstr(err, "unknown language 'xx'"));
	assert_int_equal(filter_add_lang(f, "en,,ru", err, sizeof err), -1);
	filter_free(f);
}

static void
test_text(void **state)
{
	struct filter *f;

	(void)state;
	f = filter_new();
	filter_add_text(f, TEXT_SOURCE, "diplomat");
	assert_string_equal(run(f, NULL), "2,");
	f = filter_new();
	filter_add_text(f, TEXT_SOURCE, "жаңалықтар");	/* any case */
	assert_string_equal(run(f, NULL), "11,");
	f = filter_new();
	filter_add_text(f, TEXT_TITLE, "suggère");	/* NFC both sides */
	assert_string_equal(run(f, NULL), "6,");
	f = filter_new();
	filter_add_text(f, TEXT_AUTHOR, "terzi");
	filter_add_text(f, TEXT_AUTHOR, "PUTZ");	/* alternatives */
	assert_string_equal(run(f, NULL), "2,39,");
	f = filter_new();
	filter_add_text(f, TEXT_ANY, "giulio");
	filter_add_text(f, TEXT_TITLE, "meeting");	/* and */
	assert_string_equal(run(f, NULL), "39,");
	f = filter_new();
	filter_add_text(f, TEXT_ANY, "التعددي");
	assert_string_equal(run(f, NULL), "7,");
}

/* Text filters remember what they said of a value: asking again gives the
 * same answer, and a needle added later is not hidden by what was
 * remembered. */
static void
test_text_remembered(void **state)
{
	struct filter *f = filter_new();
	struct diag_sink d = { .emit = capture, .arg = NULL };
	int pass;

	(void)state;
	filter_add_text(f, TEXT_SOURCE, "diplomat");
	filter_bind(f, &schema);
	for (pass = 0; pass < 3; pass++) {
		assert_int_equal(filter_match(f, rows[0], &d), 1);
		assert_int_equal(filter_match(f, rows[2], &d), 0);
	}
	filter_add_text(f, TEXT_SOURCE, "TERZI");
	assert_int_equal(filter_match(f, rows[2], &d), 1);
	assert_int_equal(filter_match(f, rows[0], &d), 1);
	assert_int_equal(filter_match(f, rows[1], &d), 0);
	filter_free(f);
}

static void
test_dates(void **state)
{
	struct captured cap = { "", "", 0, DIAG_NOTE };
	struct filter *f;
	char err[256];

	(void)state;
	f = filter_new();
	assert_int_equal(filter_add_date(f, "2017-07-12", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "39,");
	/* A date in the data that cannot be read is told once, after the
	 * rows, as a warning about the file: it does not fail the query. */
	assert_string_equal(cap.msg, "1 row with a date that cannot be read, "
	    "at line 7: '2017-02-30'");
	assert_string_equal(cap.file, "t.csv");
	assert_int_equal(cap.line, 0);
	assert_int_equal(cap.level, DIAG_WARNING);
	f = filter_new();
	assert_int_equal(filter_add_date(f, "2015-05", err, sizeof err), 0);
	assert_int_equal(filter_add_date(f, "2015-09..2015-09", err,
	    sizeof err), 0);
	assert_string_equal(run(f, &cap), "2,11,");
	f = filter_new();
	assert_int_equal(filter_set_since(f, "2015-05-29", err, sizeof err), 0);
	assert_int_equal(filter_set_until(f, "2015-12", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "2,11,");
	f = filter_new();
	filter_set_undated(f);
	assert_string_equal(run(f, &cap), "7,F3,");
	f = filter_new();
	filter_set_date_field(f, DATE_RETRIEVED);
	assert_int_equal(filter_add_date(f, "2019", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "7,");
	f = filter_new();
	assert_int_equal(filter_add_date(f, "2017-13", err, sizeof err), -1);
	assert_string_equal(err, "bad date '2017-13': no such month");
	filter_free(f);
}

/* Dates as people type them, and as the data writes them. */
static void
test_dates_loose(void **state)
{
	struct captured cap;
	struct filter *f;
	char err[256];

	(void)state;
	memset(&cap, 0, sizeof cap);
	f = filter_new();
	assert_int_equal(filter_add_date(f, "2015-5", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "2,");
	f = filter_new();
	assert_int_equal(filter_add_date(f, "10\xE2\x80\x93" "11 July 2017",
	    err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "39,");
	f = filter_new();
	assert_int_equal(filter_add_date(f, "April 2015..May 28, 2015", err,
	    sizeof err), 0);
	assert_string_equal(run(f, &cap), "6,");

	/* The comma of "May 29, 2015" is no list separator. */
	f = filter_new();
	assert_int_equal(filter_add_date(f, "May 29, 2015", err, sizeof err),
	    0);
	assert_string_equal(run(f, &cap), "2,");
	f = filter_new();
	assert_int_equal(filter_add_date(f, "April 10, 2015,2017", err,
	    sizeof err), -1);
	assert_string_equal(err, "bad date 'April 10': not a date (such as "
	    "2017, 2017-07, 2017-7-10, May 2017, 10 July 2017 or 10-13 July "
	    "2017)");
	assert_int_equal(filter_add_date(f, "February 30, 2017", err,
	    sizeof err), -1);
	assert_string_equal(err, "bad date 'February 30, 2017': no such day in "
	    "that month");
	/* A failed list leaves none of its dates behind. */
	assert_int_equal(filter_add_date(f, "2015-09,2015,x", err, sizeof err),
	    -1);
	assert_string_equal(err, "bad date 'x': not a date (such as 2017, "
	    "2017-07, 2017-7-10, May 2017, 10 July 2017 or 10-13 July 2017)");
	assert_int_equal(filter_add_date(f, "2017, 2015-4", err, sizeof err),
	    0);
	assert_string_equal(run(f, &cap), "39,6,");

	/* --since takes the start of its date, --until the end. */
	f = filter_new();
	assert_int_equal(filter_set_since(f, "May 2015", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "2,11,39,");
	f = filter_new();
	assert_int_equal(filter_set_until(f, "May 2015", err, sizeof err), 0);
	assert_string_equal(run(f, &cap), "2,6,");
	f = filter_new();
	assert_int_equal(filter_set_since(f, "2015..", err, sizeof err), -1);
	assert_string_equal(err, "bad date '2015..': a range A..B, not one "
	    "date");
	assert_int_equal(filter_set_until(f, "n.d.", err, sizeof err), -1);
	assert_string_equal(err, "bad date 'n.d.': n.d. is no date");
	filter_free(f);
}

static void
test_ids_kinds_links(void **state)
{
	struct filter *f;
	char err[256];

	(void)state;
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "2,35-42,f3", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "2,39,F3,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "F1-F5", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "F3,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "1-10", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "2,7,6,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "99999999999999999999", err,
	    sizeof err), 0);
	assert_string_equal(run(f, NULL), "");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "42-35", err, sizeof err), -1);
	filter_free(f);
	f = filter_new();	/* open ranges */
	assert_int_equal(filter_add_ids(f, "11-", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "11,39,99,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "-7", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "2,7,6,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "-f3,F4-", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "F3,");
	f = filter_new();
	assert_int_equal(filter_add_ids(f, "-", err, sizeof err), -1);
	assert_string_equal(err, "bad id range '-': it has no ends");
	filter_free(f);
	f = filter_new();	/* ends without a number: one id, as before */
	assert_int_equal(filter_add_ids(f, "F-,-F,3-G1,F3-G1", err,
	    sizeof err), 0);
	assert_string_equal(run(f, NULL), "");
	f = filter_new();	/* not a range: one id, as Scopus's EIDs */
	assert_int_equal(filter_add_ids(f, "F1-G3,2-s2.0-3", err, sizeof err),
	    0);
	assert_string_equal(run(f, NULL), "");

	f = filter_new();
	assert_int_equal(filter_add_kinds(f, "fact", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "F3,");
	f = filter_new();
	assert_int_equal(filter_add_kinds(f, "FACT", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "F3,");
	f = filter_new();
	assert_int_equal(filter_add_kinds(f, "Citation", err, sizeof err), 0);
	assert_string_equal(run(f, NULL), "2,11,39,7,6,99,");
	f = filter_new();
	assert_int_equal(filter_add_kinds(f, "facts", err, sizeof err), -1);
	assert_string_equal(err, "unknown kind 'facts' (citation or fact)");
	assert_int_equal(filter_add_kinds(f, "citationcitation", err,
	    sizeof err), -1);
	assert_string_equal(err, "unknown kind 'citationcitation' (citation "
	    "or fact)");
	filter_free(f);

	f = filter_new();
	filter_set_link(f, LINK_DEAD);
	assert_string_equal(run(f, NULL), "7,");
	f = filter_new();
	filter_set_link(f, LINK_LIVE);
	assert_string_equal(run(f, NULL), "2,11,39,F3,6,99,");
}

/* A kind in the data is read in any case too. */
static void
test_kind_in_data(void **state)
{
	struct diag_sink d;
	struct record *r = make_row("F1", "Fact", "", "", "", "", "", "", "",
	    NULL);
	struct filter *f = filter_new();
	char err[256];

	(void)state;
	memset(&d, 0, sizeof d);
	d.emit = capture;
	assert_int_equal(filter_add_kinds(f, "fact", err, sizeof err), 0);
	filter_bind(f, &schema);
	assert_int_equal(filter_match(f, r, &d), 1);
	filter_free(f);
	f = filter_new();
	assert_int_equal(filter_add_kinds(f, "citation", err, sizeof err), 0);
	filter_bind(f, &schema);
	assert_int_equal(filter_match(f, r, &d), 0);
	filter_free(f);
	free(r);
}

static void
test_columns(void **state)
{
	struct filter *f = filter_new();
	const char *names[COL__COUNT];
	char err[256];
	size_t n;

	(void)state;
	assert_int_equal(filter_columns(f, names), 0);
	filter_add_lang(f, "ru", err, sizeof err);
	filter_set_date_field(f, DATE_ARCHIVED);
	filter_set_undated(f);
	n = filter_columns(f, names);
	assert_int_equal(n, 2);
	assert_string_equal(names[0], "archive_date");
	assert_string_equal(names[1], "lang");
	assert_string_equal(filter_option_for(f, "lang"), "--lang");
	assert_string_equal(filter_option_for(f, "archive_date"), "--undated");
	filter_free(f);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_no_filter),
		cmocka_unit_test(test_lang),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_text_remembered),
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_dates_loose),
		cmocka_unit_test(test_ids_kinds_links),
		cmocka_unit_test(test_kind_in_data),
		cmocka_unit_test(test_columns),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
