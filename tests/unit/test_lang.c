#include "helpers.h"

#include "lang.h"

static const char *
code(const char *s)
{
	return lang_code(s, strlen(s));
}

static void
assert_code(const char *s, const char *want)
{
	const char *got = code(s);

	if (got == NULL || strcmp(got, want) != 0)
		fail_msg("lang_code(\"%s\"): %s, want %s", s,
		    got ? got : "NULL", want);
}

static void
test_codes_and_english(void **state)
{
	(void)state;
	assert_code("ru", "ru");
	assert_code("RUS", "ru");
	assert_code(" ru ", "ru");
	assert_code("en-US", "en");
	assert_code("pt_BR", "pt");
	assert_code("Russian", "ru");
	assert_code("russian", "ru");
	assert_code("Greek, Modern (1453-)", "el");
	assert_code("greek", "el");		/* the part before ", " */
	assert_code("Castilian", "es");		/* "Spanish; Castilian" */
	assert_code("VOLAPÜK", "vo");		/* not ASCII, any case */
	assert_null(code("Klingon"));
	assert_null(code(""));
	assert_null(code("  "));
	assert_null(code("xx-YY"));
	assert_string_equal(lang_name("el"), "Greek, Modern (1453-)");
}

/* iso-codes' translations of each language's English name into itself. */
static void
test_own_names(void **state)
{
	(void)state;
	assert_code("Deutsch", "de");
	assert_code("DEUTSCH", "de");
	assert_code("français", "fr");
	assert_code("FRANÇAIS", "fr");
	assert_code("franc\xCC\xA7" "ais", "fr");	/* c + U+0327: NFC */
	assert_code("русский", "ru");
	assert_code("РУССКИЙ", "ru");
	assert_code("العربية", "ar");
	assert_code(" Italiano ", "it");
	assert_code("ΕΛΛΗΝΙΚΆ", "el");
	assert_code("castellano", "es");	/* "Español; Castellano" */
	assert_code("Isi-Zulu", "zu");		/* a '-', yet no subtag */
	assert_code("Norsk, bokmål", "nb");
	/* "Norsk (nynorsk)" and "Norsk, bokmål" share it: neither. */
	assert_null(code("Norsk"));
	/* So do "Ndebele, South" and "Ndebele, North". */
	assert_null(code("Ndebele"));
	assert_code("Ndebele, North", "nd");
	/* English names come first: nothing else moved. */
	assert_code("German", "de");
	assert_code("Arabic", "ar");
}

static size_t
item(const char *s, const char *seps)
{
	return lang_item_len(s, strlen(s), seps);
}

static void
test_item_len(void **state)
{
	(void)state;
	assert_int_equal(item("", ","), 0);
	assert_int_equal(item(",ru", ","), 0);
	assert_int_equal(item("ru", ","), 2);
	assert_int_equal(item("ru,de", ","), 2);
	assert_int_equal(item("Greek, Modern (1453-)", ","), 21);
	assert_int_equal(item("Greek, Modern (1453-),ru", ","), 21);
	assert_int_equal(item("greek, MODERN (1453-) ,ru", ","), 22);
	assert_int_equal(item("Greek, ru", ","), 5);
	/* The name must end where an item can. */
	assert_int_equal(item("Greek, Modern (1453-)x,ru", ","), 5);
	assert_int_equal(item("Norsk, bokmål,en", ","), 14);
	assert_int_equal(item("Ndebele, South,Ndebele, North", ","), 14);
	/* In data, ';' ends an item too, and no name holds one. */
	assert_int_equal(item("Greek, Modern (1453-); Russian", ",;"), 21);
	assert_int_equal(item("Russian; Greek, Modern (1453-)", ",;"), 7);
	assert_int_equal(item(" Greek, Modern (1453-)", ",;"), 22);
	assert_int_equal(item("Greek; Modern (1453-)", ",;"), 5);
}

/* A list read as filter_add_lang reads one. */
static void
test_list(void **state)
{
	const char *list = "Greek, Modern (1453-),Deutsch, русский,ar";
	const char *p = list, *end = list + strlen(list), *want[] = {
		"el", "de", "ru", "ar"
	};
	size_t n, i = 0;

	(void)state;
	for (;;) {
		n = lang_item_len(p, (size_t)(end - p), ",");
		assert_true(i < 4);
		assert_non_null(lang_code(p, n));
		assert_string_equal(lang_code(p, n), want[i]);
		i++;
		p += n;
		if (p == end)
			break;
		p++;	/* the comma */
	}
	assert_int_equal(i, 4);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_codes_and_english),
		cmocka_unit_test(test_own_names),
		cmocka_unit_test(test_item_len),
		cmocka_unit_test(test_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
