#include "helpers.h"

#include "date.h"

static struct interval
iv_of(const char *s)
{
	struct interval iv = { 0, 0 };
	const char *why = date_parse_value(s, strlen(s), &iv);

	assert_null(why);
	return iv;
}

static long
day(int y, int m, int d)
{
	return date_days(y, m, d);
}

static void
test_day_numbers(void **state)
{
	int y, m, d;
	long n;

	(void)state;
	assert_int_equal(date_days(1970, 1, 1), 0);
	assert_int_equal(date_days(1970, 1, 2), 1);
	assert_int_equal(date_days(1969, 12, 31), -1);
	assert_int_equal(date_days(2000, 3, 1) - date_days(2000, 2, 28), 2);
	assert_int_equal(date_days(1900, 3, 1) - date_days(1900, 2, 28), 1);
	for (n = date_days(0, 1, 1); n < date_days(9999, 12, 31); n += 997) {
		date_civil(n, &y, &m, &d);
		assert_int_equal(date_days(y, m, d), n);
	}
}

static void
test_precisions(void **state)
{
	struct interval iv;

	(void)state;
	iv = iv_of("2017");
	assert_int_equal(iv.lo, day(2017, 1, 1));
	assert_int_equal(iv.hi, day(2017, 12, 31));
	iv = iv_of("2017-07");
	assert_int_equal(iv.lo, day(2017, 7, 1));
	assert_int_equal(iv.hi, day(2017, 7, 31));
	iv = iv_of("2016-02");
	assert_int_equal(iv.hi, day(2016, 2, 29));
	iv = iv_of("2017-02");
	assert_int_equal(iv.hi, day(2017, 2, 28));
	iv = iv_of("2017-07-10");
	assert_int_equal(iv.lo, day(2017, 7, 10));
	assert_int_equal(iv.hi, iv.lo);
	iv = iv_of("0000");
	assert_int_equal(iv.lo, day(0, 1, 1));
}

static void
test_stored_interval(void **state)
{
	struct interval iv;

	(void)state;
	iv = iv_of("2017-07-10/2017-07-13");
	assert_int_equal(iv.hi - iv.lo + 1, 4);
	iv = iv_of("2015/2016-03");
	assert_int_equal(iv.lo, day(2015, 1, 1));
	assert_int_equal(iv.hi, day(2016, 3, 31));
	assert_string_equal(date_parse_value("2017/2016", 9, &iv),
	    "range ends before it starts");
	assert_non_null(date_parse_value("2017/", 5, &iv));
	assert_non_null(date_parse_value("/2017", 5, &iv));
	/* ".." belongs to filters, not to stored values */
	assert_non_null(date_parse_value("2017..2018", 10, &iv));
}

static void
test_bad_dates(void **state)
{
	static const char *const bad[] = {
		"", "17", "201", "20170", "2017-1", "2017-1-01", "2017/07/01",
		"2017-07-1", "2017-07-10x", "2017 ", " 2017", "abcd",
		"2017-07-10T10:00", "+2017", "-2017", "2017-W01",
	};
	struct interval iv;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof bad / sizeof bad[0]; i++)
		assert_non_null(date_parse(bad[i], strlen(bad[i]), &iv));
	assert_string_equal(date_parse("2017-13-01", 10, &iv),
	    "no such month");
	assert_string_equal(date_parse("2017-00", 7, &iv), "no such month");
	assert_string_equal(date_parse("2017-02-30", 10, &iv),
	    "no such day in that month");
	assert_string_equal(date_parse("2017-02-29", 10, &iv),
	    "no such day in that month");
	assert_string_equal(date_parse("1900-02-29", 10, &iv),
	    "no such day in that month");
	assert_null(date_parse("2000-02-29", 10, &iv));
	assert_null(date_parse("2016-02-29", 10, &iv));
	assert_string_equal(date_parse("2017-04-31", 10, &iv),
	    "no such day in that month");
	assert_string_equal(date_parse("2017-07-00", 10, &iv),
	    "no such day in that month");
}

static void
test_specs(void **state)
{
	struct interval iv;

	(void)state;
	assert_null(date_parse_spec("2017..2018-06", &iv));
	assert_int_equal(iv.lo, day(2017, 1, 1));
	assert_int_equal(iv.hi, day(2018, 6, 30));
	assert_null(date_parse_spec("2017..", &iv));
	assert_int_equal(iv.lo, day(2017, 1, 1));
	assert_int_equal(iv.hi, DATE_MAX);
	assert_null(date_parse_spec("..2017-03", &iv));
	assert_int_equal(iv.lo, DATE_MIN);
	assert_int_equal(iv.hi, day(2017, 3, 31));
	assert_null(date_parse_spec("2017-07-10/2017-07-13", &iv));
	assert_int_equal(iv.hi - iv.lo, 3);
	assert_null(date_parse_spec("2017..2017", &iv));
	assert_string_equal(date_parse_spec("..", &iv), "empty range");
	assert_string_equal(date_parse_spec("2017..2016", &iv),
	    "range ends before it starts");
	assert_non_null(date_parse_spec("2017...2018", &iv));
	assert_non_null(date_parse_spec("2017..x", &iv));
	assert_non_null(date_parse_spec("", &iv));
}

static void
test_overlap(void **state)
{
	struct interval y2017 = iv_of("2017"), y2016 = iv_of("2016");
	struct interval range = iv_of("2017-07-10/2017-07-13");
	struct interval d12 = iv_of("2017-07-12"), d14 = iv_of("2017-07-14");
	struct interval d13 = iv_of("2017-07-13"), dec = iv_of("2016-12-31");

	(void)state;
	assert_true(interval_overlap(&y2017, &range));
	assert_true(interval_overlap(&range, &y2017));
	assert_false(interval_overlap(&y2016, &y2017));
	assert_true(interval_overlap(&d12, &range));
	assert_true(interval_overlap(&d13, &range));	/* inclusive end */
	assert_false(interval_overlap(&d14, &range));
	assert_true(interval_overlap(&dec, &y2016));
	assert_false(interval_overlap(&dec, &y2017));
}

static struct interval
text(const char *s)
{
	struct interval iv = { 0, 0 };
	int undated;
	const char *why = date_parse_text(s, strlen(s), &iv, &undated);

	if (why != NULL)
		fail_msg("'%s': %s", s, why);
	assert_false(undated);
	return iv;
}

static void
expect_text(const char *s, int y1, int m1, int d1, int y2, int m2, int d2)
{
	struct interval iv = text(s);

	if (iv.lo != day(y1, m1, d1) || iv.hi != day(y2, m2, d2))
		fail_msg("'%s' is not %04d-%02d-%02d/%04d-%02d-%02d", s, y1, m1,
		    d1, y2, m2, d2);
}

static void
test_text_forms(void **state)
{
	struct interval iv;
	int undated;

	(void)state;
	expect_text("29 May 2015", 2015, 5, 29, 2015, 5, 29);
	expect_text("May 29, 2015", 2015, 5, 29, 2015, 5, 29);
	expect_text("May 2015", 2015, 5, 1, 2015, 5, 31);
	expect_text("2015", 2015, 1, 1, 2015, 12, 31);
	expect_text("2015-05-29 10:31:00", 2015, 5, 29, 2015, 5, 29);
	expect_text("2015-05-29T10:31:00Z", 2015, 5, 29, 2015, 5, 29);
	expect_text("2017-07-10/2017-07-13", 2017, 7, 10, 2017, 7, 13);
	expect_text("10\xE2\x80\x93" "13 July 2017", 2017, 7, 10, 2017, 7, 13);
	expect_text("July 10\xE2\x80\x93" "13, 2017", 2017, 7, 10, 2017, 7, 13);
	expect_text("29 May \xE2\x80\x93 2 June 2015", 2015, 5, 29, 2015, 6, 2);
	expect_text("2015\xE2\x80\x93" "16", 2015, 1, 1, 2016, 12, 31);
	expect_text("2015-2016", 2015, 1, 1, 2016, 12, 31);
	expect_text("Sept. 3, 2019", 2019, 9, 3, 2019, 9, 3);
	expect_text("3 sep 2019", 2019, 9, 3, 2019, 9, 3);
	expect_text("8\xC2\xA0May 2015", 2015, 5, 8, 2015, 5, 8);
	assert_null(date_parse_text("n.d.", 4, &iv, &undated));
	assert_true(undated);
	assert_non_null(date_parse_text("30 February 2017", 16, &iv,
	    &undated));
	assert_non_null(date_parse_text("May", 3, &iv, &undated));
	assert_non_null(date_parse_text("29 Mayo 2015", 12, &iv, &undated));
	assert_non_null(date_parse_text("13 July 2017 \xE2\x80\x93 10 July 2017",
	    strlen("13 July 2017 \xE2\x80\x93 10 July 2017"), &iv, &undated));
	assert_non_null(date_parse_text("NaN", 3, &iv, &undated));
}

static void
expect_loose(const char *s, int y1, int m1, int d1, int y2, int m2, int d2)
{
	struct interval iv = { 0, 0 };
	const char *why = date_parse_loose(s, strlen(s), &iv);

	if (why != NULL)
		fail_msg("'%s': %s", s, why);
	if (iv.lo != day(y1, m1, d1) || iv.hi != day(y2, m2, d2))
		fail_msg("'%s' is not %04d-%02d-%02d/%04d-%02d-%02d", s, y1, m1,
		    d1, y2, m2, d2);
}

static const char *
loose_why(const char *s)
{
	struct interval iv;

	return date_parse_loose(s, strlen(s), &iv);
}

/* A date as a user types it: every form of the data, and ISO with
 * one-digit months and days. */
static void
test_loose(void **state)
{
	static const char *const not_dates[] = {
		"", "  ", "17", "May", "abcd", "2017-", "2017-123", "2017-7-5-1",
		"2017-7-", "5/6/2017", "2014, July 10", "29, May 2015",
		"2015,2016", "+2017",
	};
	size_t i;
	const char *why;

	(void)state;
	expect_loose("2017-7", 2017, 7, 1, 2017, 7, 31);
	expect_loose("2016-2", 2016, 2, 1, 2016, 2, 29);
	expect_loose("2017-7-5", 2017, 7, 5, 2017, 7, 5);
	expect_loose("2017-07-5", 2017, 7, 5, 2017, 7, 5);
	expect_loose("2017-7-05", 2017, 7, 5, 2017, 7, 5);
	expect_loose("2017-07-10", 2017, 7, 10, 2017, 7, 10);
	expect_loose(" 2017 ", 2017, 1, 1, 2017, 12, 31);
	expect_loose("2017-7-10/2017-7-13", 2017, 7, 10, 2017, 7, 13);
	expect_loose("2017-07-10/2017-07-13", 2017, 7, 10, 2017, 7, 13);
	expect_loose("May 2017", 2017, 5, 1, 2017, 5, 31);
	expect_loose("may 2017", 2017, 5, 1, 2017, 5, 31);
	expect_loose("29 May 2015", 2015, 5, 29, 2015, 5, 29);
	expect_loose("May 29, 2015", 2015, 5, 29, 2015, 5, 29);
	expect_loose("10\xE2\x80\x93" "13 July 2017", 2017, 7, 10, 2017, 7, 13);
	expect_loose("10-13 July 2017", 2017, 7, 10, 2017, 7, 13);
	expect_loose("July 10\xE2\x80\x93" "13, 2017", 2017, 7, 10, 2017, 7,
	    13);
	expect_loose("29 May \xE2\x80\x93 2 June 2015", 2015, 5, 29, 2015, 6,
	    2);
	expect_loose("2015\xE2\x80\x93" "16", 2015, 1, 1, 2016, 12, 31);
	expect_loose("2015-2016", 2015, 1, 1, 2016, 12, 31);
	expect_loose("Sept. 3, 2019", 2019, 9, 3, 2019, 9, 3);
	expect_loose("2015-05-29 10:31:00", 2015, 5, 29, 2015, 5, 29);

	for (i = 0; i < sizeof not_dates / sizeof not_dates[0]; i++) {
		why = loose_why(not_dates[i]);
		if (why == NULL || strncmp(why, "not a date (", 12) != 0)
			fail_msg("'%s': %s", not_dates[i], why ? why : "a date");
	}
	/* With a hyphen, "2015-16" is a month, as in the data; the error
	 * says how to write the years it may mean. */
	assert_string_equal(loose_why("2015-16"),
	    "no such month (a span of years is written A..B)");
	assert_string_equal(loose_why("2017-13"), "no such month");
	assert_string_equal(loose_why("2017-0"), "no such month");
	assert_string_equal(loose_why("2017-13-1"), "no such month");
	assert_string_equal(loose_why("2017-7-0"), "no such day in that month");
	assert_string_equal(loose_why("2017-7-32"),
	    "no such day in that month");
	assert_string_equal(loose_why("2017-2-29"),
	    "no such day in that month");
	assert_string_equal(loose_why("30 February 2017"),
	    "no such day in that month");
	assert_string_equal(loose_why("2017-7-13/2017-7-10"),
	    "range ends before it starts");
	assert_string_equal(loose_why("n.d."), "n.d. is no date");
	assert_string_equal(loose_why("2017.."), "a range A..B, not one date");
	assert_string_equal(loose_why("2017..2018"),
	    "a range A..B, not one date");
}

/* Each side of a filter's A..B is such a date. */
static void
test_loose_specs(void **state)
{
	struct interval iv;

	(void)state;
	assert_null(date_parse_spec("2015..July 2017", &iv));
	assert_int_equal(iv.lo, day(2015, 1, 1));
	assert_int_equal(iv.hi, day(2017, 7, 31));
	assert_null(date_parse_spec("May 2017..", &iv));
	assert_int_equal(iv.lo, day(2017, 5, 1));
	assert_int_equal(iv.hi, DATE_MAX);
	assert_null(date_parse_spec("..10\xE2\x80\x93" "13 July 2017", &iv));
	assert_int_equal(iv.lo, DATE_MIN);
	assert_int_equal(iv.hi, day(2017, 7, 13));
	assert_null(date_parse_spec("2017-7 .. 2017-8", &iv));
	assert_int_equal(iv.lo, day(2017, 7, 1));
	assert_int_equal(iv.hi, day(2017, 8, 31));
	assert_null(date_parse_spec("May 29, 2015..June 2, 2015", &iv));
	assert_int_equal(iv.lo, day(2015, 5, 29));
	assert_int_equal(iv.hi, day(2015, 6, 2));
	assert_null(date_parse_spec("10\xE2\x80\x93" "13 July 2017", &iv));
	assert_int_equal(iv.lo, day(2017, 7, 10));
	assert_int_equal(iv.hi, day(2017, 7, 13));
	assert_string_equal(date_parse_spec(" .. ", &iv), "empty range");
	assert_string_equal(date_parse_spec("July 2017..May 2017", &iv),
	    "range ends before it starts");
	assert_string_equal(date_parse_spec("2017..2015-16", &iv),
	    "no such month (a span of years is written A..B)");
	assert_string_equal(date_parse_spec("n.d...2017", &iv),
	    "n.d. is no date");
	assert_non_null(date_parse_spec("2017/", &iv));
	assert_non_null(date_parse_spec("/2017", &iv));
}

/* A bibliography's month field. */
static void
test_month_number(void **state)
{
	(void)state;
	assert_int_equal(date_month_number("8"), 8);
	assert_int_equal(date_month_number(" 12 "), 12);
	assert_int_equal(date_month_number("February"), 2);
	assert_int_equal(date_month_number("sep"), 9);
	assert_int_equal(date_month_number("13"), 0);
	assert_int_equal(date_month_number("0"), 0);
	assert_int_equal(date_month_number("5-6"), 0);
	assert_int_equal(date_month_number("spring"), 0);
	assert_int_equal(date_month_number(""), 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_day_numbers),
		cmocka_unit_test(test_precisions),
		cmocka_unit_test(test_stored_interval),
		cmocka_unit_test(test_bad_dates),
		cmocka_unit_test(test_specs),
		cmocka_unit_test(test_overlap),
		cmocka_unit_test(test_text_forms),
		cmocka_unit_test(test_loose),
		cmocka_unit_test(test_loose_specs),
		cmocka_unit_test(test_month_number),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
