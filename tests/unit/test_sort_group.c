#include "helpers.h"

#include "group.h"
#include "sort.h"

static struct schema schema;
static struct record *rows[6];

static int
setup(void **state)
{
	(void)state;
	make_schema(&schema, "id,date,lang");
	rows[0] = make_row("10", "2017", "en", NULL);
	rows[1] = make_row("2", "", "ru", NULL);
	rows[2] = make_row("F2", "2015-05-29", "en", NULL);
	rows[3] = make_row("1", "2017-07-10/2017-07-13", "ar", NULL);
	rows[4] = make_row("F10", "2015-05", "en", NULL);
	rows[5] = make_row("33", "", "", NULL);
	return 0;
}

static int
teardown(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < 6; i++)
		free(rows[i]);
	schema_free(&schema);
	return 0;
}

static const char *
sorted(const char *spec)
{
	static char out[128];
	struct record *v[6];
	struct sort_key *keys;
	size_t nkeys, i;
	char err[128];

	memcpy(v, rows, sizeof v);
	assert_int_equal(sort_parse(spec, &schema, &keys, &nkeys, err,
	    sizeof err), 0);
	sort_rows(v, 6, keys, nkeys, NULL);
	free(keys);
	out[0] = '\0';
	for (i = 0; i < 6; i++) {
		strcat(out, v[i]->f[0].s);
		strcat(out, " ");
	}
	return out;
}

static void
test_sort(void **state)
{
	struct sort_key *keys;
	size_t nkeys;
	char err[128];

	(void)state;
	/* Natural order: 1 2 10 33, F2 before F10. */
	assert_string_equal(sorted("id"), "1 2 10 33 F2 F10 ");
	assert_string_equal(sorted("-id"), "F10 F2 33 10 2 1 ");
	/* By start date; 2015-05 starts before 2015-05-29; undated last,
	 * in their input order (stable). */
	assert_string_equal(sorted("date"), "F10 F2 10 1 2 33 ");
	assert_string_equal(sorted("-date"), "1 10 F2 F10 2 33 ");
	assert_string_equal(sorted("lang,-date"), "33 1 10 F2 F10 2 ");
	assert_int_equal(sort_parse("nope", &schema, &keys, &nkeys, err,
	    sizeof err), -1);
	assert_string_equal(err, "no column 'nope'");
	assert_int_equal(sort_parse("id,", &schema, &keys, &nkeys, err,
	    sizeof err), -1);
}

static const char *
grouped(size_t col, int by_year)
{
	static char out[256];
	struct group *g = group_new(col, by_year);
	struct rowset rs = { NULL, 0, 0 };
	struct schema s;
	size_t i;

	for (i = 0; i < 6; i++)
		group_add(g, rows[i], NULL);
	schema_init(&s);
	group_result(g, "x", &s, &rs);
	assert_string_equal(s.names[0], "x");
	assert_string_equal(s.names[1], "count");
	out[0] = '\0';
	for (i = 0; i < rs.n; i++) {
		strcat(out, rs.v[i]->f[0].s);
		strcat(out, "=");
		strcat(out, rs.v[i]->f[1].s);
		strcat(out, " ");
	}
	rowset_free(&rs);
	schema_free(&s);
	group_free(g);
	return out;
}

static void
test_group(void **state)
{
	(void)state;
	/* Most first; ties in natural order, the empty value first. */
	assert_string_equal(grouped(2, 0), "en=3 =1 ar=1 ru=1 ");
	assert_string_equal(grouped(1, 1), "=2 2015=2 2017=2 ");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_group),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
