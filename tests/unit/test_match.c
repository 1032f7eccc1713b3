/* The matcher: the search fold's rules, its table against libunistring's
 * fold over every code point of the Basic Multilingual Plane and random
 * text, and the raw-byte verdicts against the folded answer. */
#include "helpers.h"

#include <unistr.h>
#include <uninorm.h>

#include "fold.h"
#include "match.h"

static char *
sfold(const char *s, int loose)
{
	struct foldbuf a = { NULL, 0, 0 }, t = { NULL, 0, 0 };

	fold_search(&a, &t, s, strlen(s), loose);
	foldbuf_free(&t);
	return a.s;
}

static void
assert_fold(const char *in, int loose, const char *want)
{
	char *got = sfold(in, loose);

	assert_string_equal(got, want);
	free(got);
}

/* Each rule, in both modes where it applies to both. */
static void
test_rules(void **state)
{
	int loose;

	(void)state;
	for (loose = 0; loose <= 1; loose++) {
		assert_fold("Sant\u2019Egidio \u2018a\u2019 \u201Bb \u2032", loose,
		    "sant'egidio 'a' 'b '");
		assert_fold("\u201Cx\u201D \u201Ey \u2033", loose,
		    "\"x\" \"y \"");
		assert_fold("a\u2010b\u2011c\u2012d\u2013e\u2014f\u2015g", loose,
		    "a-b-c-d-e-f-g");
		assert_fold("a\u00A0b\u202Fc\u2003d\u3000e", loose, "a b c d e");
		assert_fold("\u0623\u0625\u0622\u0671", loose,
		    "\u0627\u0627\u0627\u0627");
		assert_fold("\u0649\u0629", loose, "\u064A\u0647");
		assert_fold("\u0645\u064F\u062D\u0640\u0627", loose,
		    "\u0645\u062D\u0627");
		assert_fold("\u0401\u043B\u043A\u0430", loose,
		    "\u0435\u043B\u043A\u0430");
		/* й, ў and ї are letters of their own, also decomposed */
		assert_fold("\u0419\u040E\u0407 \u0438\u0306", loose,
		    "\u0439\u045E\u0457 \u0439");
		assert_fold("Stra\u00DFe", loose, "strasse");
	}
	assert_fold("sugg\u00E8re", 1, "suggere");
	assert_fold("sugge\u0300re", 1, "suggere");	/* decomposed */
	assert_fold("sugg\u00E8re", 0, "sugg\u00E8re");
	assert_fold("sugge\u0300re", 0, "sugg\u00E8re");
	assert_fold("\u1EC7 \u01D8 \u00C5\u212B", 1, "e u aa");
}

/* The table: what fold_search() folds each code point to, where it can
 * tell, in both modes. */
static void
test_table_every_code_point(void **state)
{
	struct matcher *m[2];
	struct foldbuf a = { NULL, 0, 0 }, t = { NULL, 0, 0 },
	    f = { NULL, 0, 0 };
	uint8_t u[8];
	ucs4_t c;
	int k, n, told = 0;

	(void)state;
	m[0] = matcher_new("\u00E9", 2, 0, NULL, 0);	/* exact */
	m[1] = matcher_new("e", 1, 0, NULL, 0);		/* loose */
	assert_int_equal(matcher_loose(m[0]), 0);
	assert_int_equal(matcher_loose(m[1]), 1);
	for (c = 1; c < 0x10000; c++) {
		if (c >= 0xD800 && c <= 0xDFFF)
			continue;
		n = u8_uctomb(u, c, sizeof u);
		for (k = 0; k < 2; k++) {
			fold_search(&a, &t, (const char *)u, (size_t)n, k);
			if (matcher_fastfold(m[k], (const char *)u, (size_t)n,
			    &f) < 0)
				continue;
			told++;
			if (f.len != a.len || memcmp(f.s, a.s, a.len) != 0)
				fail_msg("U+%04X folds to %.*s, the table says "
				    "%.*s", (unsigned)c, (int)a.len, a.s,
				    (int)f.len, f.s);
		}
	}
	assert_true(told > 100000);
	matcher_free(m[0]);
	matcher_free(m[1]);
	foldbuf_free(&a);
	foldbuf_free(&t);
	foldbuf_free(&f);
}

/* The table leaves to libunistring every character that NFC may compose
 * with the one before it: the second of each canonical decomposition. */
static void
test_table_leaves_compositions(void **state)
{
	struct matcher *m = matcher_new("x", 1, 0, NULL, 0);
	struct foldbuf f = { NULL, 0, 0 };
	ucs4_t c, d[UC_DECOMPOSITION_MAX_LENGTH];
	uint8_t u[8];
	int n;

	(void)state;
	for (c = 1; c < 0x110000; c++) {
		/* (those NFC composes again: not the exclusions) */
		if (uc_canonical_decomposition(c, d) != 2 || d[1] >= 0x10000 ||
		    uc_composition(d[0], d[1]) != c)
			continue;
		n = u8_uctomb(u, d[1], sizeof u);
		if (matcher_fastfold(m, (const char *)u, (size_t)n, &f) >= 0)
			fail_msg("U+%04X (in U+%04X) is in the table",
			    (unsigned)d[1], (unsigned)c);
	}
	matcher_free(m);
	foldbuf_free(&f);
}

static int
has_ascii_or_empty(const char *s)
{
	for (; *s; s++)
		if ((unsigned char)*s < 0x80)
			return 1;
	return 0;
}

/* NFC composes a character that folds to no ASCII and a mark into another
 * such character: so a mark after one matters to no ASCII needle
 * (may_fold_to_ascii() relies on it for Arabic). */
static void
test_compositions_keep_non_ascii(void **state)
{
	ucs4_t c, d[UC_DECOMPOSITION_MAX_LENGTH];
	uint8_t u[8];
	char *fa, *fc;
	int n, k;

	(void)state;
	for (c = 1; c < 0x110000; c++) {
		if (uc_canonical_decomposition(c, d) != 2 ||
		    uc_composition(d[0], d[1]) != c)
			continue;
		for (k = 0; k < 2; k++) {
			n = u8_uctomb(u, d[0], sizeof u);
			u[n] = 0;
			fa = sfold((const char *)u, k);
			n = u8_uctomb(u, c, sizeof u);
			u[n] = 0;
			fc = sfold((const char *)u, k);
			if (*fa != '\0' && !has_ascii_or_empty(fa) &&
			    (*fc == '\0' || has_ascii_or_empty(fc)))
				fail_msg("U+%04X composes into U+%04X, which "
				    "folds to ASCII", (unsigned)d[0],
				    (unsigned)c);
			free(fa);
			free(fc);
		}
	}
}

/* Random text of characters that fold in every way the rules know. */
static const char *const pool[] = {
	"a", "B", "s", "y", "r", "i", "e", " ", ",", "\"", "'", "-", "_",
	"\u00E9", "\u00C8", "\u0301", "\u0300", "\u2019", "\u201C", "\u2014",
	"\u00A0", "\u0627", "\u0623", "\u064E", "\u0640", "\u0649", "\u0629",
	"\u0451", "\u0401", "\u0438", "\u0306", "\u0439", "\u00DF", "\u212A",
	"\uFB01", "\u0130", "\u1100", "\u1161", "\uAC00", "\u4E2D", "\u03B1",
	"\u0345", "\U0001F600", "\xC3", "\xA9", "\u017F", "\u1E9E",
	"\u0644", "\u0648", "\u0654", "\u0670", "\u06D6", "\u0436",
	"syria", "\u0441\u0438\u0440\u0438\u044F"
};

static void
random_text(char *buf, size_t cap, unsigned *seed)
{
	size_t n = 0, k, len = (size_t)(rand_r(seed) % (cap > 64 ? 40 : 12));

	buf[0] = '\0';
	for (k = 0; k < len; k++) {
		const char *p = pool[(size_t)rand_r(seed) % (sizeof pool /
		    sizeof pool[0])];

		if (n + strlen(p) + 1 >= cap)
			break;
		strcpy(buf + n, p);
		n += strlen(p);
	}
}

static void
test_table_random_text(void **state)
{
	struct matcher *m[2];
	struct foldbuf a = { NULL, 0, 0 }, t = { NULL, 0, 0 },
	    f = { NULL, 0, 0 };
	char s[128];
	unsigned seed = 7;
	int i, k;

	(void)state;
	m[0] = matcher_new("\u00E9", 2, 0, NULL, 0);
	m[1] = matcher_new("e", 1, 0, NULL, 0);
	for (i = 0; i < 30000; i++) {
		random_text(s, sizeof s, &seed);
		for (k = 0; k < 2; k++) {
			fold_search(&a, &t, s, strlen(s), k);
			if (matcher_fastfold(m[k], s, strlen(s), &f) >= 0 &&
			    (f.len != a.len || memcmp(f.s, a.s, a.len) != 0))
				fail_msg("'%s' folds to '%s', the table says "
				    "'%s'", s, a.s, f.s);
		}
	}
	matcher_free(m[0]);
	matcher_free(m[1]);
	foldbuf_free(&a);
	foldbuf_free(&t);
	foldbuf_free(&f);
}

/* The raw-byte verdict never contradicts the answer from the fields: a
 * record of two random fields, quoted as CSV, against needles of the
 * same pool. */
static void
csv_field(char *out, const char *v)
{
	char *o = out;

	*o++ = '"';
	for (; *v; v++) {
		if (*v == '"')
			*o++ = '"';
		*o++ = *v;
	}
	*o++ = '"';
	*o = '\0';
}

static void
test_record_verdicts(void **state)
{
	char f1[160], f2[160], needle[32], q1[330], q2[330], rec[700];
	unsigned seed = 11;
	int i, flags, any, v;
	struct matcher *m;

	(void)state;
	for (i = 0; i < 30000; i++) {
		random_text(f1, sizeof f1, &seed);
		random_text(f2, sizeof f2, &seed);
		random_text(needle, 12, &seed);
		flags = rand_r(&seed) % 2 ? MATCH_WORD : 0;
		if ((m = matcher_new(needle, strlen(needle), flags, NULL, 0)) ==
		    NULL)
			continue;
		csv_field(q1, f1);
		csv_field(q2, f2);
		snprintf(rec, sizeof rec, "%s,%s", rand_r(&seed) % 2 ? q1 : f1,
		    q2);
		any = matcher_value(m, f1, strlen(f1)) ||
		    matcher_value(m, f2, strlen(f2));
		v = matcher_record(m, rec, strlen(rec), ',', NULL);
		if ((any && v == MATCH_NO) || (!any && v == MATCH_YES))
			fail_msg("needle '%s' (flags %d), record %s: fields "
			    "say %d, bytes %d", needle, flags, rec, any, v);
		matcher_free(m);
	}
}

static void
test_values(void **state)
{
	struct matcher *m;
	char err[128];

	(void)state;
	m = matcher_new("syria", 5, MATCH_WORD, NULL, 0);
	assert_true(matcher_value(m, "Syria.", 6));
	assert_false(matcher_value(m, "Syrian Syria_x", 14));
	assert_true(matcher_value(m, "Syrian; SYRIA", 13));
	assert_false(matcher_value(m, "syria\xCC\x81n", 8));	/* á */
	matcher_free(m);
	m = matcher_new("ж", 2, MATCH_WORD, NULL, 0);
	assert_true(matcher_value(m, "\u0401\u0436 \u0416", 7));
	assert_false(matcher_value(m, "\u0436\u0436", 4));
	matcher_free(m);
	m = matcher_new("(\u00E9|x)+$", 8, MATCH_REGEX, err, sizeof err);
	assert_non_null(m);
	assert_true(matcher_value(m, "caf\u00C9", 5));
	assert_false(matcher_value(m, "cafe", 4));	/* é: exact */
	matcher_free(m);
	/* a soft Arabic character between ASCII ones, in long text */
	m = matcher_new("ab", 2, 0, NULL, 0);
	{
		const char *r1 = "\u0436\u0436\u0436\u0436\u0436\u0436\u0436"
		    "\u0436 \u0644\u0644 xa\u064Eb \u0644\u0644\u0644\u0644"
		    "\u0644\u0644\u0644\u0644";
		const char *r2 = "\u0436\u0436\u0436\u0436\u0436\u0436\u0436"
		    "\u0436 \u0644\u0644 xa\u0644\u064Eb \u0644\u0644\u0644"
		    "\u0644\u0644\u0644\u0644";

		assert_int_equal(matcher_record(m, r1, strlen(r1), ',', NULL), MATCH_YES);
		assert_true(matcher_value(m, r1, strlen(r1)));
		assert_int_equal(matcher_record(m, r2, strlen(r2), ',', NULL), MATCH_NO);
	}
	matcher_free(m);
	assert_null(matcher_new("a)", 2, MATCH_REGEX, err, sizeof err));
	assert_string_equal(err, "unmatched closing parenthesis at offset 1");
}

/* A search of one column, from a record's bytes: a hit in that column is
 * the answer; a hit in another, or a needle that may span fields, is not. */
static void
test_record_column(void **state)
{
	struct matcher *m = matcher_new("syria", 5, 0, NULL, 0);
	struct { const char *rec; char delim; size_t col; enum match_verdict v; }
	    cases[] = {
		{ "1,\"Syria, the war\",x", ',', 1, MATCH_YES },
		{ "1,\"Syria, the war\",x", ',', 2, MATCH_MAYBE },
		{ "1,\"Syria, the war\",x", ',', 0, MATCH_MAYBE },
		/* doubled quotes, and a delimiter, inside quotes */
		{ "1,\"a \"\"syria\"\" b\",SYRIA", ',', 2, MATCH_YES },
		{ "1,\"a \"\"syria\"\" b\",SYRIA", ',', 1, MATCH_YES },
		{ "\"x,syria\",y", ',', 1, MATCH_MAYBE },
		{ "\"x,syria\",y", ',', 0, MATCH_YES },
		{ "a;syria,b", ';', 1, MATCH_YES },
		{ "a;syria,b", ';', 0, MATCH_MAYBE },
		{ "a,syria", ',', MATCHER_NO_COLUMN, MATCH_YES },
		{ "a,b,c", ',', 1, MATCH_NO },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++)
		assert_int_equal(matcher_record_quick(m, cases[i].rec,
		    strlen(cases[i].rec), cases[i].delim, cases[i].col, NULL),
		    cases[i].v);
	matcher_free(m);
	/* a needle with a comma may span two fields: never certain */
	m = matcher_new("syria, the", 10, 0, NULL, 0);
	assert_int_equal(matcher_record_quick(m, "1,\"Syria, the war\"", 19,
	    ',', 1, NULL), MATCH_MAYBE);
	matcher_free(m);
}

/* The last bytes of a record (fewer than sixteen after the blocks) are
 * looked at for characters that fold into ASCII as the others are. */
static void
test_record_tail(void **state)
{
	struct matcher *m = matcher_new("cafe", 4, 0, NULL, 0);
	const char *r1 = "xxxxxxxxxxxxxxxxxxxxxxxx caf\u00E9!";
	const char *r2 = "xxxxxxxxxxxxxxxxxxxxxxxx cafe\u0301!";
	const char *r3 = "xxxxxxxxxxxxxxxxxxxxxxx \u0436\u0436 \u0644!";

	(void)state;
	assert_int_equal(matcher_record(m, r1, strlen(r1), ',', NULL), MATCH_YES);
	assert_int_equal(matcher_record_quick(m, r1, strlen(r1), ',',
	    MATCHER_NO_COLUMN, NULL), MATCH_MAYBE);
	assert_int_equal(matcher_record(m, r2, strlen(r2), ',', NULL), MATCH_YES);
	assert_int_equal(matcher_record(m, r3, strlen(r3), ',', NULL), MATCH_NO);
	matcher_free(m);
}

/* Fills b[from, n) (the last byte a line break) with pieces that match,
 * fold into a match or do not, some of them line breaks. */
static void
make_lines(char *b, size_t from, size_t n, unsigned *seed)
{
	static const char *const pieces[] = {
		"syria", "SYRIA", "Syri", "a", ",", "\"x,\"\"syria\"\"\"",
		"s\u00FDria", "\u0436\u0436\u0436", "\u0644\u064E",
		"\uFB01", "\u2019", "caf\u00E9", " the ", "zzz", "\n",
		"sy\u064Eria", "\u0436\u064E", "\u0644\u0644\u0644\u0644",
		"\u0436\u0436\u0436\u0436\u0436\u0436\u0436\u0436\u0436",
	};
	size_t i = from, k, len;

	while (i + 40 < n) {
		*seed = *seed * 1103515245u + 12345u;
		k = (*seed >> 16) % (sizeof pieces / sizeof pieces[0]);
		len = strlen(pieces[k]);
		memcpy(b + i, pieces[k], len);
		i += len;
	}
	memset(b + i, 'q', n - i - 1);
	b[n - 1] = '\n';
}

/* Two verdicts on the record r[0, n) agree, or one of them is unsure
 * where the other rules it out (looked at sixteen bytes at a time, an
 * Arabic mark after a letter that folds into no ASCII is no such
 * character; one by one, it is), and the record holds no match. */
static void
same_verdict(struct matcher *m, const char *r, size_t n,
    enum match_verdict a, enum match_verdict b)
{
	if (a == b)
		return;
	assert_true((a == MATCH_NO && b == MATCH_MAYBE) ||
	    (a == MATCH_MAYBE && b == MATCH_NO));
	assert_false(matcher_value(m, r, n));
}

/* Looked for in the bytes ahead of a record, as grep does, the answers
 * are those of each record alone (same_verdict()); and new bytes after a
 * record (the reader's buffer filled again) are not answered from the old
 * ones. */
static void
test_record_ahead(void **state)
{
	static const char *const needles[] = { "syria", "a", "cafe", "fi" };
	char b[4096];
	const char *r, *nl;
	size_t j, col, line;
	unsigned seed = 7;
	struct match_ahead ah = { b + sizeof b, 42, 1 };
	int round;

	(void)state;
	for (j = 0; j < sizeof needles / sizeof needles[0]; j++) {
		struct matcher *m = matcher_new(needles[j], strlen(needles[j]),
		    0, NULL, 0);

		for (round = 0; round < 30; round++) {
			/* each path: sixteen or thirty-two bytes at a time */
			matcher_simd(m, (enum csvs_simd)(round % 3));
			make_lines(b, 0, sizeof b, &seed);
			ah.fills++;
			for (r = b, line = 0; r < b + sizeof b; r = nl + 1) {
				size_t n;

				nl = memchr(r, '\n', sizeof b - (size_t)(r - b));
				n = (size_t)(nl - r);
				col = line % 3 == 0 ? MATCHER_NO_COLUMN : line % 3;
				same_verdict(m, r, n, matcher_record(m, r, n,
				    ',', &ah), matcher_record(m, r, n, ',',
				    NULL));
				same_verdict(m, r, n, matcher_record_quick(m, r,
				    n, ',', col, &ah), matcher_record_quick(m,
				    r, n, ',', col, NULL));
				/* halfway, new bytes after this record */
				if (++line == 20 && nl + 1 < b + sizeof b) {
					make_lines(b, (size_t)(nl + 1 - b),
					    sizeof b, &seed);
					ah.fills++;
				}
			}
		}
		matcher_free(m);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rules),
		cmocka_unit_test(test_table_every_code_point),
		cmocka_unit_test(test_table_leaves_compositions),
		cmocka_unit_test(test_compositions_keep_non_ascii),
		cmocka_unit_test(test_table_random_text),
		cmocka_unit_test(test_record_verdicts),
		cmocka_unit_test(test_record_column),
		cmocka_unit_test(test_record_tail),
		cmocka_unit_test(test_record_ahead),
		cmocka_unit_test(test_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
