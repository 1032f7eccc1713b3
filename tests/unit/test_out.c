/* Each formatter, on rows that need quoting, escaping and width care. */
#include "helpers.h"

#include "choice.h"
#include "display.h"
#include "out.h"
#include "roles.h"

static struct schema schema;
static struct record *rows[4];
static size_t cols[3] = { 0, 1, 2 };
static struct view view = { &schema, cols, 3, NULL };

static int
setup(void **state)
{
	(void)state;
	make_schema(&schema, "id,title,source");
	rows[0] = make_row("1", "a, \"b\"", " lead", NULL);
	rows[1] = make_row("2", "x\ty\\z\nw", "", NULL);
	rows[2] = make_row("3", "Ж\033[31m\xFF", "日本", NULL);
	return 0;
}

static int
teardown(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 3; i++)
		free(rows[i]);
	schema_free(&schema);
	return 0;
}

static char *buf;
static size_t buflen;

static struct out
open_out(void)
{
	struct out o = { .fp = open_memstream(&buf, &buflen) };

	return o;
}

static void
expect(struct out *o, const char *want)
{
	assert_int_equal(out_finish(o), 0);
	fclose(o->fp);
	assert_string_equal(buf, want);
	free(buf);
}

static void
stream(const struct formatter *f, size_t n, const char *want)
{
	struct out o = open_out();
	size_t i;

	if (f->begin != NULL)
		f->begin(&o, &view);
	for (i = 0; i < n; i++)
		f->row(&o, &view, rows[i], i);
	if (f->end != NULL)
		f->end(&o, &view, n);
	expect(&o, want);
}

static void
test_csv(void **state)
{
	(void)state;
	stream(&out_csv, 3,
	    "id,title,source\n"
	    "1,\"a, \"\"b\"\"\",\" lead\"\n"
	    "2,\"x\ty\\z\nw\",\n"
	    "3,Ж\033[31m\xFF,日本\n");
}

static void
test_csv_single_empty_column(void **state)
{
	size_t one = 2;
	struct view v = { &schema, &one, 1, NULL };
	struct out o = open_out();

	(void)state;
	out_csv.begin(&o, &v);
	out_csv.row(&o, &v, rows[1], 0);
	expect(&o, "source\n\"\"\n");
}

static void
test_tsv(void **state)
{
	(void)state;
	stream(&out_tsv, 2,
	    "id\ttitle\tsource\n"
	    "1\ta, \"b\"\t lead\n"
	    "2\tx\\ty\\\\z\\nw\t\n");
}

static void
test_json(void **state)
{
	(void)state;
	stream(&out_json, 3,
	    "[\n"
	    "{\"id\":\"1\",\"title\":\"a, \\\"b\\\"\",\"source\":\" lead\"},\n"
	    "{\"id\":\"2\",\"title\":\"x\\ty\\\\z\\nw\",\"source\":\"\"},\n"
	    "{\"id\":\"3\",\"title\":\"Ж\\u001b[31m\\ufffd\","
	    "\"source\":\"日本\"}\n"
	    "]\n");
	stream(&out_json, 0, "[]\n");
}

static void
test_jsonl(void **state)
{
	(void)state;
	stream(&out_jsonl, 2,
	    "{\"id\":\"1\",\"title\":\"a, \\\"b\\\"\",\"source\":\" lead\"}\n"
	    "{\"id\":\"2\",\"title\":\"x\\ty\\\\z\\nw\",\"source\":\"\"}\n");
}

/* A column marked as numbers is written unquoted where its cell is a JSON
 * integer, and as a string where it is not. */
static void
test_json_numbers(void **state)
{
	struct schema s;
	struct record *r[5];
	size_t c[2] = { 0, 1 }, i;
	struct view v = { &s, c, 2, NULL };
	struct out o = open_out();

	(void)state;
	make_schema(&s, "k,n");
	schema_set_flags(&s, 1, COLUMN_NUMBER);
	r[0] = make_row("a", "12", NULL);
	r[1] = make_row("b", "0", NULL);
	r[2] = make_row("c", "-3", NULL);
	r[3] = make_row("d", "007", NULL);
	r[4] = make_row("", "", NULL);
	for (i = 0; i < 5; i++)
		out_jsonl.row(&o, &v, r[i], i);
	expect(&o,
	    "{\"k\":\"a\",\"n\":12}\n"
	    "{\"k\":\"b\",\"n\":0}\n"
	    "{\"k\":\"c\",\"n\":-3}\n"
	    "{\"k\":\"d\",\"n\":\"007\"}\n"
	    "{\"k\":\"\",\"n\":\"\"}\n");
	for (i = 0; i < 5; i++)
		free(r[i]);
	schema_free(&s);
	assert_int_equal(schema_flags(&schema, 0), 0);
}

static void
table(size_t width, int color, const char *want)
{
	struct table_opts opts = { width, color, 0, 0 };
	struct out o = open_out();

	out_table(&o, &view, rows, 3, &opts);
	expect(&o, want);
}

static void
test_table(void **state)
{
	(void)state;
	/* Natural widths: id 2, title 7 (x␉y\z␊w), source 6 ("source"). */
	table(0, 0,
	    "id  title    source\n"
	    "1   a, \"b\"    lead\n"
	    "2   x\xE2\x90\x89y\\z\xE2\x90\x8Aw\n"
	    "3   \xD0\x96\xE2\x90\x9B[31m\xEF\xBF\xBD  \xE6\x97\xA5\xE6\x9C\xAC\n");
	/* 16 columns: 12 after the gaps. Too few for ten each: each keeps
	 * three, and the rest goes by shares, the title's four to the
	 * source's two: id 2, the title all its 7, the source 3 (cut to 2
	 * columns and "…"). */
	table(16, 0,
	    "id  title    so\xE2\x80\xA6\n"
	    "1   a, \"b\"    l\xE2\x80\xA6\n"
	    "2   x\xE2\x90\x89y\\z\xE2\x90\x8Aw\n"
	    "3   \xD0\x96\xE2\x90\x9B[31m\xEF\xBF\xBD  \xE6\x97\xA5\xE2\x80\xA6\n");
	table(0, 1,
	    "\033[1mid  title    source\033[0m\n"
	    "1   a, \"b\"    lead\n"
	    "2   x\xE2\x90\x89y\\z\xE2\x90\x8Aw\n"
	    "3   \xD0\x96\xE2\x90\x9B[31m\xEF\xBF\xBD  \xE6\x97\xA5\xE6\x9C\xAC\n");
}

/* Widths of a Zotero table (tests/data/zotero-real.csv): Key 8, Date 10,
 * Language 8, Author 88, Title 114, Publication Title 28. */
static void
fit(size_t width, size_t w0, size_t w1, size_t w2, size_t w3, size_t w4,
    size_t w5)
{
	static const size_t nat[6] = { 8, 10, 8, 88, 114, 28 };
	static const int role[6] = { ROLE_ID, ROLE_DATE, ROLE_LANG,
	    ROLE_AUTHOR, ROLE_TITLE, ROLE_SOURCE };
	struct table_col c[6];
	size_t w[6], i;

	for (i = 0; i < 6; i++)
		table_col_init(&c[i], nat[i], role[i], 0);
	table_fit_cols(w, c, 6, width);
	assert_int_equal(w[0], w0);
	assert_int_equal(w[1], w1);
	assert_int_equal(w[2], w2);
	assert_int_equal(w[3], w3);
	assert_int_equal(w[4], w4);
	assert_int_equal(w[5], w5);
}

static void
test_table_fit_roles(void **state)
{
	struct table_col c[3];
	size_t w[3];

	(void)state;
	/* All fits (266 with the gaps), or no limit: natural widths. */
	fit(0, 8, 10, 8, 88, 114, 28);
	fit(266, 8, 10, 8, 88, 114, 28);
	/* 190 after the gaps: Key, Date and Language whole (26); of 164,
	 * the source all its 28, the title 4 shares to the author's 1:
	 * 109 and 27. */
	fit(200, 8, 10, 8, 27, 109, 28);
	/* 70 after the gaps: each keeps 10 (the date all of it), the short
	 * ones all they need (26); of 44, the title 23, the source 11 and
	 * the author, who gives way first, 10. */
	fit(80, 8, 10, 8, 10, 23, 11);
	/* 20: the date stays whole; the 10 left are too few for three a
	 * column: one each, then the title 5, the source 2. */
	fit(30, 1, 10, 1, 1, 5, 2);
	/* 14: the date cannot stay whole with one for each other column
	 * (15): it gives way as the others, one share; the title 7, the
	 * source 3. */
	fit(24, 1, 1, 1, 1, 7, 3);
	/* A number is kept whole like a date; a column without a role has
	 * one share. */
	table_col_init(&c[0], 30, -1, 0);
	table_col_init(&c[1], 12, -1, COLUMN_NUMBER);
	table_col_init(&c[2], 30, -1, 0);
	table_fit_cols(w, c, 3, 40);
	assert_int_equal(w[0], 12);
	assert_int_equal(w[1], 12);
	assert_int_equal(w[2], 12);
	table_fit_cols(w, c, 3, 24);
	assert_int_equal(w[0], 4);
	assert_int_equal(w[1], 12);
	assert_int_equal(w[2], 4);
}

static char *
bar(uint64_t n, uint64_t max, size_t w, int ascii, size_t *used)
{
	struct buf b = { NULL, 0, 0 };

	*used = table_bar(&b, n, max, w, ascii);
	buf_adds(&b, "");
	return b.s;
}

static void
test_table_bar(void **state)
{
	static const struct {
		uint64_t n, max;
		size_t w;
		int ascii;
		const char *want;
		size_t used;
	} t[] = {
		/* 8 of 24 in 20 columns: 53.3 eighths, 53: 6 whole and 5/8. */
		{ 8, 24, 20, 0, "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
		    "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x8B", 7 },
		/* 4 of 24: 26.7, 27 eighths: 3 whole and 3/8. */
		{ 4, 24, 20, 0, "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
		    "\xE2\x96\x8D", 4 },
		/* 1 of 24: 6.7, 7 eighths. */
		{ 1, 24, 20, 0, "\xE2\x96\x89", 1 },
		/* 1 of 1000: 0.16 eighths, but never nothing: 1/8. */
		{ 1, 1000, 20, 0, "\xE2\x96\x8F", 1 },
		/* The largest fills the width. */
		{ 3, 3, 2, 0, "\xE2\x96\x88\xE2\x96\x88", 2 },
		/* ASCII: whole columns; 8 of 24 in 20: 6.7, 7. */
		{ 8, 24, 20, 1, "#######", 7 },
		{ 1, 1000, 20, 1, "#", 1 },
		{ 0, 24, 20, 0, "", 0 },
		{ 5, 24, 0, 0, "", 0 },
	};
	size_t i, used;
	char *got;

	(void)state;
	for (i = 0; i < sizeof t / sizeof t[0]; i++) {
		got = bar(t[i].n, t[i].max, t[i].w, t[i].ascii, &used);
		assert_string_equal(got, t[i].want);
		assert_int_equal(used, t[i].used);
		free(got);
	}
}

/* A frequency table: the empty value shows as "(empty)", a bar beside
 * each count (20 columns for the largest) when asked for. */
static void
test_table_group(void **state)
{
	struct schema s;
	struct record *r[2];
	size_t c[2] = { 0, 1 };
	struct view v = { &s, c, 2, NULL };
	struct table_opts opts = { 0, 0, 1, 0 };
	struct out o;

	(void)state;
	make_schema(&s, "lang,count");
	schema_set_flags(&s, 0, COLUMN_EMPTY_VALUE);
	schema_set_flags(&s, 1, COLUMN_NUMBER | COLUMN_COUNT);
	r[0] = make_row("en", "3", NULL);
	r[1] = make_row("", "1", NULL);
	/* 1 of 3 in 20 columns: 53.3 eighths, 53: 6 whole and 5/8. */
	o = open_out();
	out_table(&o, &v, r, 2, &opts);
	expect(&o,
	    "lang     count\n"
	    "en       3      \xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
	    "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
	    "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
	    "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
	    "\xE2\x96\x88\n"
	    "(empty)  1      \xE2\x96\x88\xE2\x96\x88\xE2\x96\x88\xE2\x96\x88"
	    "\xE2\x96\x88\xE2\x96\x88\xE2\x96\x8B\n");
	/* ASCII: 6.7 columns, 7. */
	opts.ascii = 1;
	o = open_out();
	out_table(&o, &v, r, 2, &opts);
	expect(&o,
	    "lang     count\n"
	    "en       3      ####################\n"
	    "(empty)  1      #######\n");
	opts.bars = 0;
	o = open_out();
	out_table(&o, &v, r, 2, &opts);
	expect(&o,
	    "lang     count\n"
	    "en       3\n"
	    "(empty)  1\n");
	free(r[0]);
	free(r[1]);
	schema_free(&s);
}

/* A list of authors too wide for its column: whole authors and "et al.",
 * or a cut when not even the first fits with it. */
static void
test_table_list(void **state)
{
	struct schema s;
	struct record *r[4];
	size_t c[2] = { 0, 1 }, i;
	struct view v = { &s, c, 2, NULL };
	struct table_opts opts = { 30, 0, 0, 0 };
	struct out o = open_out();

	(void)state;
	make_schema(&s, "id,author");
	r[0] = make_row("1", "Souza, L; Fetz, M; Zagatto, B; Pinho, N", NULL);
	r[1] = make_row("2", "Vieira De Souza Lima, Luiz Enrique; Fetz, M",
	    NULL);
	r[2] = make_row("3", "Vieira De Souza Lima, Luiz Enrique Sobrinho",
	    NULL);
	r[3] = make_row("4", "Short, A;  ", NULL);
	/* 28 after the gap, 26 for the author: "Souza, L; Fetz, M" and
	 * " et al." are 24; with Zagatto 36. Row 2's first author alone is
	 * 34: cut at 25 and "…", as row 3 without a list. Row 4 fits. */
	out_table(&o, &v, r, 4, &opts);
	expect(&o,
	    "id  author\n"
	    "1   Souza, L; Fetz, M et al.\n"
	    "2   Vieira De Souza Lima, Lui\xE2\x80\xA6\n"
	    "3   Vieira De Souza Lima, Lui\xE2\x80\xA6\n"
	    "4   Short, A;\n");
	for (i = 0; i < 4; i++)
		free(r[i]);
	schema_free(&s);
}

static void
test_write_error(void **state)
{
	struct out o = { .fp = fopen("/dev/full", "w") };

	(void)state;
	if (o.fp == NULL)
		skip();
	out_puts(&o, "x");
	assert_int_not_equal(out_finish(&o), 0);
	fclose(o.fp);
}

/* Fixed choices ignore ASCII case, and only that: a prefix, a longer word
 * or a longer word is no choice. */
static void
test_choices(void **state)
{
	static const char *const when[] = { "auto", "always", "never", NULL };
	static const char *const none[] = { NULL };

	(void)state;
	assert_int_equal(choice_index("auto", when), 0);
	assert_int_equal(choice_index("NEVER", when), 2);
	assert_int_equal(choice_index("Always", when), 1);
	assert_int_equal(choice_index("alway", when), -1);
	assert_int_equal(choice_index("alwayss", when), -1);
	assert_int_equal(choice_index("", when), -1);
	assert_int_equal(choice_index("auto", none), -1);
	assert_int_equal(format_parse("JSON"), FMT_JSON);
	assert_int_equal(format_parse("Table"), FMT_TABLE);
	assert_int_equal(format_parse("wiki"), FMT_WIKI);
	assert_int_equal(format_parse("yaml"), -1);
	assert_int_equal(format_parse("json "), -1);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_csv),
		cmocka_unit_test(test_csv_single_empty_column),
		cmocka_unit_test(test_tsv),
		cmocka_unit_test(test_json),
		cmocka_unit_test(test_jsonl),
		cmocka_unit_test(test_json_numbers),
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_table_fit_roles),
		cmocka_unit_test(test_table_bar),
		cmocka_unit_test(test_table_group),
		cmocka_unit_test(test_table_list),
		cmocka_unit_test(test_write_error),
		cmocka_unit_test(test_choices),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
