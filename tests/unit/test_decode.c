/* The decoder's split of a row again on another thread (decoder_split):
 * only the columns a splitter wants (and those they fall back on), from
 * two inputs whose headers differ, with the reader's field count known
 * or not. */
#include "helpers.h"

#include "csvread.h"
#include "decode.h"

/* Input 0: id,title,date,year; input 1: title,id,note. The schema:
 * id 0, title 1, date 2, year 3, note 4; date falls back on year. */
static struct decoder *
two_inputs(void)
{
	static const char a[] = "id,title,date,year\n";
	static const char b[] = "title,id,note\n";
	const char *text[2] = { a, b };
	size_t len[2] = { sizeof a - 1, sizeof b - 1 };
	struct decoder *d = decoder_new(2);
	const long from[1] = { 3 };
	struct record h;
	size_t i;

	for (i = 0; i < 2; i++) {
		struct csvr *r = csvr_open_mem(text[i], len[i], "t.csv");

		csvr_set_delim(r, ',');
		assert_int_equal(csvr_next(r, &h), CSVR_ROW);
		decoder_add(d, i, r, &h);
	}
	decoder_ready(d);
	assert_int_equal(decoder_schema(d)->n, 5);
	decoder_fallback(d, 2, from, 1);
	return d;
}

static int
split(const struct decoder *d, struct splitter *sp, size_t input,
    const char *bytes, long fields, struct record *row)
{
	struct rowref ref;

	memset(&ref, 0, sizeof ref);
	ref.input = input;
	ref.span.len = strlen(bytes);
	ref.span.line = 7;
	return decoder_split(d, sp, &ref, bytes, fields, row);
}

static void
assert_field(const struct record *row, size_t col, const char *want)
{
	assert_int_equal(row->f[col].len, strlen(want));
	assert_memory_equal(row->f[col].s, want, strlen(want));
	assert_int_equal(row->f[col].s[row->f[col].len], '\0');
}

static void
test_all_columns(void **state)
{
	struct decoder *d = two_inputs();
	struct splitter *sp = splitter_new(d);
	struct record row;

	(void)state;
	assert_int_equal(split(d, sp, 0, "1,\"Hello, \"\"world\"\"\",,2020",
	    -2, &row), 0);
	assert_int_equal(row.n, 5);
	assert_int_equal(row.line, 7);
	assert_field(&row, 0, "1");
	assert_field(&row, 1, "Hello, \"world\"");
	assert_field(&row, 2, "2020");		/* from year */
	assert_field(&row, 3, "2020");
	assert_field(&row, 4, "");
	assert_int_equal(split(d, sp, 1, "T,9,a note", -2, &row), 0);
	assert_field(&row, 0, "9");
	assert_field(&row, 1, "T");
	assert_field(&row, 2, "");
	assert_field(&row, 4, "a note");
	splitter_free(sp);
	decoder_free(d);
}

static void
test_wanted_columns(void **state)
{
	struct decoder *d = two_inputs();
	struct splitter *sp = splitter_new(d);
	const size_t cols[2] = { 2, 1 };	/* date, title */
	struct record row;
	long fields;

	(void)state;
	splitter_want(sp, d, cols, 2);
	/* known or not, the same: the reader's count only spares the rest
	 * of the record a look */
	for (fields = -2; fields <= 4; fields += 6) {
		assert_int_equal(split(d, sp, 0, "1,\"A, b\",,1999", fields,
		    &row), 0);
		assert_field(&row, 0, "");		/* not wanted */
		assert_field(&row, 1, "A, b");
		assert_field(&row, 2, "1999");		/* from year */
		assert_field(&row, 3, "1999");		/* year: date's */
		assert_field(&row, 4, "");
	}
	/* the same columns of the other input, where they stand elsewhere */
	assert_int_equal(split(d, sp, 1, "T2,10,n", -2, &row), 0);
	assert_field(&row, 0, "");
	assert_field(&row, 1, "T2");
	assert_field(&row, 4, "");
	/* a value of its own is not replaced */
	assert_int_equal(split(d, sp, 0, "2,B,2001-05,1999", 4, &row), 0);
	assert_field(&row, 2, "2001-05");
	splitter_free(sp);
	decoder_free(d);
}

static void
test_not_taken(void **state)
{
	struct decoder *d = two_inputs();
	struct splitter *sp = splitter_new(d);
	const size_t cols[1] = { 1 };
	struct record row;

	(void)state;
	splitter_want(sp, d, cols, 1);
	/* a stray quote, and a field too many: decoder_parse()'s work */
	assert_int_equal(split(d, sp, 0, "1,a\"b,,", -2, &row), -1);
	assert_int_equal(split(d, sp, 0, "1,a,b,c,d", -2, &row), -1);
	assert_int_equal(split(d, sp, 1, "\"x\"y,1,2", -2, &row), -1);
	/* the plain path takes nothing on the fast path */
	decoder_plain(d);
	assert_int_equal(split(d, sp, 0, "1,a,,", -2, &row), -1);
	splitter_free(sp);
	decoder_free(d);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_columns),
		cmocka_unit_test(test_wanted_columns),
		cmocka_unit_test(test_not_taken),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
