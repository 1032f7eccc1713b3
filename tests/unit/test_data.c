/* data/citations.csv against the seed it was made from: every numbered
 * reference of the seed has a citation row with the same id and back, and
 * each row's title, dates, source, author and flags account for its line
 * of the source list, with nothing of the line left over.
 * Usage: test_data CITATIONS.CSV SEED.TXT */
#include "helpers.h"

#include <fcntl.h>
#include <unistd.h>

#include "csvread.h"
#include "date.h"

#define MAXREF 100

static const char *csv_path, *seed_path;
static char *refs[MAXREF];		/* reference text by number */
static int seen[MAXREF];

static const char *const months[] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"
};

static void
load_seed(void)
{
	FILE *fp = fopen(seed_path, "r");
	char line[4096];
	int n, off;

	assert_non_null(fp);
	while (fgets(line, sizeof line, fp) != NULL) {
		line[strcspn(line, "\n")] = '\0';
		if (sscanf(line, " %d. ^%n", &n, &off) == 1 && off > 0 &&
		    n > 0 && n < MAXREF) {
			const char *t = line + off;

			while (*t == ' ')
				t++;
			refs[n] = strdup(t);
		}
	}
	fclose(fp);
}

/* "2015-05-29" -> "29 May 2015"; "2017-07-10/2017-07-13" ->
 * "10–13 July 2017"; as the seed prints them. */
static void
cs1_date(const char *iso, char *out, size_t len)
{
	int y, m, d, y2, m2, d2;

	if (sscanf(iso, "%4d-%2d-%2d/%4d-%2d-%2d", &y, &m, &d, &y2, &m2,
	    &d2) == 6) {
		assert_true(y == y2 && m == m2);
		snprintf(out, len, "%d\xE2\x80\x93%d %s %d", d, d2,
		    months[m - 1], y);
	} else if (strlen(iso) == 10 &&
	    sscanf(iso, "%4d-%2d-%2d", &y, &m, &d) == 3) {
		snprintf(out, len, "%d %s %d", d, months[m - 1], y);
	} else if (strlen(iso) == 7 && sscanf(iso, "%4d-%2d", &y, &m) == 2) {
		snprintf(out, len, "%s %d", months[m - 1], y);
	} else {
		snprintf(out, len, "%s", iso);
	}
}

/* Removes the first occurrence of piece from text; fails if absent. */
static void
take(char *text, const char *piece, unsigned long line)
{
	char *p = strstr(text, piece);

	if (p == NULL)
		fail_msg("line %lu: '%s' not in '%s'", line, piece, text);
	memmove(p, p + strlen(piece), strlen(p + strlen(piece)) + 1);
}

static int
has_bytes(const char *s, unsigned char lo, unsigned char hi)
{
	for (; *s; s++)
		if ((unsigned char)*s >= lo && (unsigned char)*s <= hi)
			return 1;
	return 0;
}

/* The title's script decides the possible languages. */
static void
check_script(const char *title, const char *lang, unsigned long line)
{
	static const char *const kazakh[] = {
		"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і",
		"Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"
	};
	size_t i;
	int kk = 0;

	for (i = 0; i < sizeof kazakh / sizeof kazakh[0]; i++)
		if (strstr(title, kazakh[i]) != NULL)
			kk = 1;
	if (has_bytes(title, 0xD8, 0xDB)) {		/* Arabic block */
		if (strcmp(lang, "ar") != 0)
			fail_msg("line %lu: Arabic title, lang %s", line, lang);
	} else if (has_bytes(title, 0xD0, 0xD3)) {	/* Cyrillic */
		if (strcmp(lang, kk ? "kk" : "ru") != 0)
			fail_msg("line %lu: Cyrillic title, lang %s", line,
			    lang);
	} else if (*title != '\0' && strcmp(lang, "en") != 0 &&
	    strcmp(lang, "fr") != 0 && strcmp(lang, "it") != 0 &&
	    strcmp(lang, "de") != 0) {
		fail_msg("line %lu: Latin title, lang %s", line, lang);
	}
}

static void
check_row(const struct record *r, const struct schema *s)
{
#define F(name) (r->f[schema_find(s, name)].s)
	char text[4096], piece[1024], date[128];
	const char *author = F("author"), *p;
	int id = atoi(F("id"));
	size_t i;

	assert_true(id > 0 && id < MAXREF);
	if (refs[id] == NULL)
		fail_msg("line %lu: no reference %d in the seed", r->line, id);
	seen[id] = 1;
	snprintf(text, sizeof text, "%s", refs[id]);

	if (*F("archive_date")) {
		cs1_date(F("archive_date"), date, sizeof date);
		snprintf(piece, sizeof piece,
		    "Archived from the original on %s.", date);
		take(text, piece, r->line);
	}
	if (*F("access_date")) {
		cs1_date(F("access_date"), date, sizeof date);
		snprintf(piece, sizeof piece, "Retrieved %s.", date);
		take(text, piece, r->line);
	}
	if (strcmp(F("url_status"), "dead") == 0)
		take(text, "[permanent dead link]", r->line);
	if (*F("format")) {
		snprintf(piece, sizeof piece, " (%s)", F("format"));
		take(text, piece, r->line);
	}
	if (strcmp(F("lang"), "it") == 0)
		take(text, " (in Italian)", r->line);
	if (*F("title")) {
		if (strcmp(text, F("title")) == 0)	/* printed bare */
			text[0] = '\0';
		else {
			snprintf(piece, sizeof piece, "\"%s\".", F("title"));
			take(text, piece, r->line);
		}
	}
	if (*F("date")) {
		cs1_date(F("date"), date, sizeof date);
		snprintf(piece, sizeof piece, *author ? "(%s)." : "%s.", date);
		take(text, piece, r->line);
	}
	if (*F("source")) {
		snprintf(piece, sizeof piece, "%s.", F("source"));
		take(text, piece, r->line);
	}
	/* Authors: "Family, Given; Family, Given"; each name must be there. */
	for (p = author; *p;) {
		size_t n = strcspn(p, ",;");

		snprintf(piece, sizeof piece, "%.*s", (int)n, p);
		take(text, piece, r->line);
		p += n;
		while (*p == ',' || *p == ';' || *p == ' ')
			p++;
	}
	/* What is left: separators, and "und" joining entry 40's names. */
	while ((p = strstr(text, "und")) != NULL && strchr(author, ';'))
		take(text, "und", r->line);
	for (i = 0; text[i]; i++)
		if (strchr(" .,", text[i]) == NULL)
			fail_msg("line %lu: reference %d: '%s' left over",
			    r->line, id, text);
	check_script(F("title"), F("lang"), r->line);
#undef F
}

static void
test_rows_match_seed(void **state)
{
	struct csvr *rd;
	struct record row;
	struct schema s;
	size_t i, citations = 0, facts = 0;
	int n, fd = open(csv_path, O_RDONLY);

	(void)state;
	assert_true(fd >= 0);
	load_seed();
	rd = csvr_open_fd(fd, csv_path, 1);
	assert_int_equal(csvr_next(rd, &row), CSVR_ROW);
	schema_init(&s);
	for (i = 0; i < row.n; i++)
		schema_add(&s, row.f[i].s, row.f[i].len);
	assert_int_equal(s.n, COL__COUNT);
	for (i = 0; i < COL__COUNT; i++)
		assert_string_equal(s.names[i], col_names[i]);
	while (csvr_next(rd, &row) == CSVR_ROW) {
		struct interval iv;

		assert_int_equal(row.n, COL__COUNT);
		for (i = 0; i < row.n; i++)
			if (strstr(s.names[i], "date") && row.f[i].len)
				assert_null(date_parse_value(row.f[i].s,
				    row.f[i].len, &iv));
		if (strcmp(row.f[COL_KIND].s, "citation") == 0) {
			check_row(&row, &s);
			citations++;
		} else {
			assert_string_equal(row.f[COL_KIND].s, "fact");
			assert_int_equal(row.f[COL_ID].s[0], 'F');
			facts++;
		}
	}
	csvr_close(rd);
	schema_free(&s);
	for (n = 1; n < MAXREF; n++)
		if (refs[n] != NULL && !seen[n])
			fail_msg("reference %d has no row", n);
	assert_int_equal(citations, 41);	/* 1..42 without 3 */
	assert_null(refs[3]);
	assert_true(facts >= 5);
	for (n = 0; n < MAXREF; n++)
		free(refs[n]);
}

int
main(int argc, char **argv)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rows_match_seed),
	};

	if (argc != 3) {
		fprintf(stderr, "usage: test_data CITATIONS.CSV SEED.TXT\n");
		return 2;
	}
	csv_path = argv[1];
	seed_path = argv[2];
	return cmocka_run_group_tests(tests, NULL, NULL);
}
