#include "helpers.h"

#include "display.h"

static char *
cell(const char *s, size_t maxw, size_t *w)
{
	static struct buf b;

	b.len = 0;
	buf_adds(&b, "");
	*w = display_cell(&b, s, strlen(s), maxw);
	return b.s;
}

static void
test_widths(void **state)
{
	(void)state;
	assert_int_equal(display_width("abc", 3), 3);
	assert_int_equal(display_width("ЖАҢА", strlen("ЖАҢА")), 4);
	assert_int_equal(display_width("رندا", strlen("رندا")), 4);
	assert_int_equal(display_width("日本語", strlen("日本語")), 6);
	/* e + COMBINING GRAVE ACCENT is one column */
	assert_int_equal(display_width("e\xCC\x80", 3), 1);
}

static void
test_controls_inert(void **state)
{
	size_t w;

	(void)state;
	/* ESC [ 2 J: the escape shows as U+241B, the rest as text */
	assert_string_equal(cell("\033[2Jx", 80, &w), "\xE2\x90\x9B[2Jx");
	assert_int_equal(w, 5);
	/* OSC 52 ... BEL */
	assert_string_equal(cell("\033]52;c;aGk=\a", 80, &w),
	    "\xE2\x90\x9B]52;c;aGk=\xE2\x90\x87");
	/* newline, tab, DEL */
	assert_string_equal(cell("a\nb\tc\x7F", 80, &w),
	    "a\xE2\x90\x8A" "b\xE2\x90\x89" "c\xE2\x90\xA1");
	/* C1 CSI (U+009B) and RIGHT-TO-LEFT OVERRIDE become U+FFFD */
	assert_string_equal(cell("\xC2\x9B" "1m", 80, &w), "\xEF\xBF\xBD" "1m");
	assert_string_equal(cell("\xE2\x80\xAE" "abc", 80, &w),
	    "\xEF\xBF\xBD" "abc");
	/* invalid bytes: one U+FFFD each */
	assert_string_equal(cell("a\xFF\xC0\x80", 80, &w),
	    "a\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	assert_int_equal(w, 4);
}

static void
test_cut(void **state)
{
	size_t w;

	(void)state;
	assert_string_equal(cell("abcdef", 6, &w), "abcdef");
	assert_string_equal(cell("abcdef", 4, &w), "abc\xE2\x80\xA6");
	assert_int_equal(w, 4);
	/* never half a character, never past the width */
	assert_string_equal(cell("ЖАҢАЛЫҚТАР", 5, &w), "ЖАҢА\xE2\x80\xA6");
	assert_string_equal(cell("日本語", 4, &w), "日\xE2\x80\xA6");
	assert_int_equal(w, 3);
	/* a combining mark stays with its letter */
	assert_string_equal(cell("e\xCC\x80" "e\xCC\x80" "e", 2,
	    &w), "e\xCC\x80\xE2\x80\xA6");
	assert_string_equal(cell("abc", 0, &w), "");
	assert_int_equal(w, 0);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_widths),
		cmocka_unit_test(test_controls_inert),
		cmocka_unit_test(test_cut),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
