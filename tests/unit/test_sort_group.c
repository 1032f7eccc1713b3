#include "helpers.h"

#include "date.h"
#include "group.h"
#include "sort.h"
#include "strmap.h"

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

/* A key as the test reads it: dated or not, start and end day, language. */
struct tkey {
	int dated;
	long lo, hi;
	const char *lang;
	long id;
};

static int
tcmp(const struct tkey *a, const struct tkey *b, int ddesc, int ldesc,
    int bylang)
{
	int c;

	if (a->dated != b->dated)
		return a->dated ? -1 : 1;	/* undated last, either way */
	if (a->dated) {
		c = a->lo != b->lo ? (a->lo < b->lo ? -1 : 1) :
		    a->hi != b->hi ? (a->hi < b->hi ? -1 : 1) : 0;
		if (c != 0)
			return ddesc ? -c : c;
	}
	if (bylang && (c = strcmp(a->lang, b->lang)) != 0)
		return ldesc ? -c : c;
	return 0;
}

/* Many rows, dates in a narrow range (counted into place) or a wide one
 * (merge-sorted): every neighbour in order, equal keys in input order. */
static void
check_many(int wide)
{
	static const char *const specs[] = { "date", "-date", "date,lang",
	    "-date,-lang" };
	enum { N = 3000 };
	struct record *v[N], *orig[N];
	struct tkey key[N];
	unsigned long long st = wide ? 7 : 3;
	size_t i, sp;
	char id[16], date[32];

	for (i = 0; i < N; i++) {
		static const char *const langs[] = { "en", "ru", "" };
		unsigned r;
		int y, m, d, shape;

		st = st * 6364136223846793005ULL + 1442695040888963407ULL;
		r = (unsigned)(st >> 33);
		y = wide ? 1800 + (int)(r % 221) : 2014 + (int)(r % 4);
		m = 1 + (int)((r >> 8) % 12);
		d = 1 + (int)((r >> 12) % 28);
		shape = (int)((r >> 17) % 7);
		if (shape == 0)
			snprintf(date, sizeof date, "%d", y);
		else if (shape == 1)
			snprintf(date, sizeof date, "%d-%02d", y, m);
		else if (shape == 2)
			snprintf(date, sizeof date, "%d-%02d-%02d/%d-%02d-28",
			    y, m, d, y, m);
		else if (shape == 3)
			snprintf(date, sizeof date, (r >> 20) & 1 ? "" : "n.d.");
		else
			snprintf(date, sizeof date, "%d-%02d-%02d", y, m, d);
		snprintf(id, sizeof id, "%zu", i);
		orig[i] = make_row(id, date, langs[(r >> 21) % 3], NULL);
	}
	for (i = 0; i < N; i++) {
		struct interval iv;
		int undated;
		const struct field *f = &orig[i]->f[1];

		key[i].dated = f->len > 0 && date_parse_text(f->s, f->len, &iv,
		    &undated) == NULL && !undated;
		key[i].lo = key[i].dated ? iv.lo : 0;
		key[i].hi = key[i].dated ? iv.hi : 0;
		key[i].lang = orig[i]->f[2].s;
		key[i].id = (long)i;
	}
	for (sp = 0; sp < sizeof specs / sizeof *specs; sp++) {
		struct sort_key *keys;
		size_t nkeys;
		char err[128];
		int dd = specs[sp][0] == '-', ld = strstr(specs[sp], "-lang") !=
		    NULL, bl = strstr(specs[sp], "lang") != NULL;

		memcpy(v, orig, sizeof v);
		assert_int_equal(sort_parse(specs[sp], &schema, &keys, &nkeys,
		    err, sizeof err), 0);
		sort_rows(v, N, keys, nkeys, NULL);
		free(keys);
		for (i = 1; i < N; i++) {
			const struct tkey *a = &key[atol(v[i - 1]->f[0].s)];
			const struct tkey *b = &key[atol(v[i]->f[0].s)];
			int c = tcmp(a, b, dd, ld, bl);

			if (c > 0 || (c == 0 && a->id > b->id))
				fail_msg("%s: rows %ld and %ld out of order",
				    specs[sp], a->id, b->id);
		}
	}
	for (i = 0; i < N; i++)
		free(orig[i]);
}

static void
test_sort_many(void **state)
{
	(void)state;
	check_many(0);
	check_many(1);
}

/* The map under -G, BibLaTeX keys and --check: many keys through its
 * growth, the empty key and one holding a NUL, in the order added. */
static void
test_strmap(void **state)
{
	struct strmap m;
	struct strmap_entry *e;
	char key[16];
	int added, i;

	(void)state;
	strmap_init(&m);
	assert_null(strmap_find(&m, "x", 1));
	for (i = 0; i < 10000; i++) {
		snprintf(key, sizeof key, "k%d", i);
		e = strmap_get(&m, key, strlen(key), &added);
		assert_true(added);
		e->value = (uint64_t)i * 3;
	}
	e = strmap_get(&m, "", 0, &added);
	assert_true(added);
	e->value = 7;
	e = strmap_get(&m, "a\0b", 3, &added);
	assert_true(added);
	assert_null(strmap_find(&m, "a", 1));
	e = strmap_get(&m, "k42", 3, &added);
	assert_false(added);
	assert_int_equal(e->value, 126);
	assert_int_equal(m.n, 10002);
	for (i = 0; i < 10000; i += 997) {
		snprintf(key, sizeof key, "k%d", i);
		assert_string_equal(m.v[i].key, key);	/* order added */
		assert_int_equal(strmap_find(&m, key, strlen(key))->value,
		    (uint64_t)i * 3);
	}
	assert_int_equal(strmap_find(&m, "", 0)->value, 7);
	assert_int_equal(strmap_find(&m, "a\0b", 3)->len, 3);
	strmap_free(&m);
	assert_int_equal(m.n, 0);
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
	struct group *g = group_new(&schema, col, by_year);
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
	assert_string_equal(grouped(1, GROUP_YEAR), "=2 2015=2 2017=2 ");
	/* By month or day, as precise as each date: 2017 stays a year,
	 * 10-13 July 2017 is a month by day. */
	assert_string_equal(grouped(1, GROUP_MONTH),
	    "=2 2015-05=2 2017=1 2017-07=1 ");
	assert_string_equal(grouped(1, GROUP_DAY),
	    "=2 2015-05=1 2015-05-29=1 2017=1 2017-07=1 ");
}

/* Whether a row counts for a value, as group_add() counts it. */
static void
test_group_row_has(void **state)
{
	struct group *g = group_new(&schema, 1, GROUP_YEAR);

	(void)state;
	assert_true(group_row_has(g, rows[3], "2017", 4));
	assert_false(group_row_has(g, rows[3], "2017-07", 7));
	assert_true(group_row_has(g, rows[1], "", 0));
	assert_false(group_row_has(g, rows[2], "2017", 4));
	group_free(g);
	g = group_new(&schema, 1, GROUP_MONTH);
	assert_true(group_row_has(g, rows[3], "2017-07", 7));
	assert_true(group_row_has(g, rows[0], "2017", 4));
	group_free(g);
	g = group_new(&schema, 2, GROUP_VALUE);
	assert_true(group_row_has(g, rows[0], "en", 2));
	assert_false(group_row_has(g, rows[0], "e", 1));
	group_free(g);
}

/* A column of ";" lists (its name serves the author role) counts each
 * item once a row, trimmed; a row with no item counts as empty. Another
 * column counts whole values, ";" or not. */
static const char *
grouped_lists(const char *header, size_t col)
{
	static char out[256];
	static const char *const v[][2] = {
		{ "Putz, C; Li, Q", "en; ru" },
		{ "Li, Q;Putz, C ;\t", "en; ru" },
		{ "Li, Q; Li, Q", "en" },
		{ "", "" },
		{ " ; ", "" },
		{ "Zed", "ru" },
	};
	struct schema s;
	struct group *g;
	struct rowset rs = { NULL, 0, 0 };
	size_t i;

	make_schema(&s, header);
	g = group_new(&s, col, 0);
	for (i = 0; i < 6; i++) {
		struct record *r = make_row(v[i][0], v[i][1], NULL);

		group_add(g, r, NULL);
		free(r);
	}
	group_result(g, "x", &s, &rs);
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
test_group_lists(void **state)
{
	(void)state;
	assert_string_equal(grouped_lists("author,lang", 0),
	    "Li, Q=3 =2 Putz, C=2 Zed=1 ");
	assert_string_equal(grouped_lists("Authors,lang", 0),
	    "Li, Q=3 =2 Putz, C=2 Zed=1 ");
	assert_string_equal(grouped_lists("author,lang", 1),
	    "=2 en; ru=2 en=1 ru=1 ");
	/* Bytes in natural order: " ; " before "L", " " before ";". */
	assert_string_equal(grouped_lists("writer,lang", 0),
	    "=1  ; =1 Li, Q; Li, Q=1 Li, Q;Putz, C ;\t=1 Putz, C; Li, Q=1 "
	    "Zed=1 ");
}

/* The count column is a number and a count; empty is a value. */
static void
test_group_flags(void **state)
{
	struct group *g = group_new(&schema, 2, 0);
	struct rowset rs = { NULL, 0, 0 };
	struct schema s;

	(void)state;
	schema_init(&s);
	group_result(g, "lang", &s, &rs);
	assert_int_equal(schema_flags(&s, 0), COLUMN_EMPTY_VALUE);
	assert_int_equal(schema_flags(&s, 1), COLUMN_NUMBER | COLUMN_COUNT);
	assert_int_equal(rs.n, 0);
	schema_free(&s);
	group_free(g);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sort),
		cmocka_unit_test(test_sort_many),
		cmocka_unit_test(test_strmap),
		cmocka_unit_test(test_group),
		cmocka_unit_test(test_group_row_has),
		cmocka_unit_test(test_group_lists),
		cmocka_unit_test(test_group_flags),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
