/* Writes a citations CSV with hostile quoting, for the differential test:
 *   gen_hostile SEED ROWS [bad]
 * Fields are drawn from pieces that need quoting (commas, doubled quotes,
 * line breaks of every kind inside quotes, empty quoted fields, spaces
 * around them), in several scripts; rows are sometimes short or long, the
 * file sometimes starts with a byte-order mark, and line ends mix LF, CRLF
 * and CR. With "bad", one row somewhere is malformed in one of the ways
 * libcsv rejects (a quote inside a bare field, text after a closing quote,
 * a quote left open). The same SEED gives the same file. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static unsigned long long state;

static unsigned
rnd(unsigned n)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned)((state >> 33) % n);
}

static const char *const header =
    "id,kind,author,title,source,date,lang,url,access_date,archive_url,"
    "archive_date,url_status,format,cites,note";

static const char *const words[] = {
	"Astana", "talks", "Syria", "peace", "The Astana Times",
	"THE ASTANA TIMES", "astana times", "Астана", "Российская газета",
	"السلام", "Sant\xe2\x80\x99" "Egidio", "x", "", " ", "Putz, Catherine",
	"say \"\"hi\"\"", "ru", "en", "ar", "Russian", "Russian; English",
	"ru-RU", " ru ", "kk", "fr", "n.d.", "2015-05-29", "2017", "2017-07",
	"2017-07-10/2017-07-13", "2015-13-01", "29 May 2015", "dead", "live",
	"DEAD", "citation", "fact", "F1", "12", "35", "PDF", "a\tb",
	"\xe2\x80\xae" "rtl", "\x1b[31mred", "\xff\xfe", "caf\xc3\xa9",
};
#define NWORDS (sizeof words / sizeof words[0])

static const char *const breaks[] = { "\n", "\r\n", "\r" };

/* What a column usually holds (or NULL: any word). */
static const char *
typical(int col)
{
	static const char *const kinds[] = { "citation", "fact" };
	static const char *const dates[] = { "2015-05-29", "2017", "2017-07",
		"2016-12-31/2017-01-02", "", "n.d.", "2019-02-30", "2021" };
	static const char *const langs[] = { "ru", "en", "ar", "RU",
		"Russian", "ru-RU", "en; ru", "", "kk" };
	static const char *const sources[] = { "The Astana Times",
		"ASTANA TIMES", "Российская газета", "The Diplomat", "" };
	static const char *const status[] = { "dead", "live", "", "usurped" };

	switch (col) {
	case 1: return kinds[rnd(2)];
	case 4: return sources[rnd(5)];
	case 5: case 8: case 10: return dates[rnd(8)];
	case 6: return langs[rnd(9)];
	case 11: return status[rnd(4)];
	default: return NULL;
	}
}

/* A field: bare when it can be, quoted otherwise or at random. */
static void
field(int col, unsigned long row)
{
	char buf[256];
	const char *w = words[rnd(NWORDS)], *t = typical(col);
	int needs, k;

	if (t != NULL && rnd(4) != 0)
		w = t;

	if (col == 0 && rnd(4) != 0) {
		printf(rnd(8) ? "%lu" : "F%lu", row);
		return;
	}
	snprintf(buf, sizeof buf, "%s", w);
	switch (rnd(t == w ? 40 : 10)) {
	case 0:		/* a line break inside */
		snprintf(buf, sizeof buf, "%s%s%s", w, breaks[rnd(3)],
		    words[rnd(NWORDS)]);
		break;
	case 1:		/* a comma inside */
		snprintf(buf, sizeof buf, "%s, %s", w, words[rnd(NWORDS)]);
		break;
	case 2:		/* a quote inside */
		snprintf(buf, sizeof buf, "%s \"%s\"", w, words[rnd(NWORDS)]);
		break;
	}
	needs = strpbrk(buf, ",\"\r\n") != NULL;
	if (!needs && rnd(5) != 0) {
		fputs(buf, stdout);
		return;
	}
	putchar('"');
	for (k = 0; buf[k]; k++) {
		if (buf[k] == '"')
			putchar('"');
		putchar(buf[k]);
	}
	putchar('"');
}

int
main(int argc, char **argv)
{
	unsigned long rows, r, badrow;
	int col, ncols, bad;

	if (argc < 3) {
		fputs("usage: gen_hostile SEED ROWS [bad]\n", stderr);
		return 2;
	}
	state = strtoull(argv[1], NULL, 10) * 2654435761ULL + 1;
	rows = strtoul(argv[2], NULL, 10);
	bad = argc > 3 && strcmp(argv[3], "bad") == 0;
	badrow = rows ? rnd((unsigned)rows) + 1 : 0;
	if (rnd(4) == 0)
		fputs("\xef\xbb\xbf", stdout);
	fputs(header, stdout);
	fputs(breaks[rnd(3)], stdout);
	for (r = 1; r <= rows; r++) {
		ncols = 15;
		if (rnd(20) == 0)
			ncols = 1 + (int)rnd(17);	/* short or long */
		for (col = 0; col < ncols; col++) {
			if (col > 0)
				putchar(',');
			if (bad && r == badrow && col == 3) {
				static const char *const wrong[] = {
					"a\"b", "\"a\"b", "\"a\" ", " \"a\"",
					"\"open",
				};
				fputs(wrong[rnd(5)], stdout);
				continue;
			}
			field(col, r);
		}
		if (rnd(30) == 0)
			fputs(breaks[rnd(3)], stdout);	/* a blank line */
		if (r < rows || rnd(2))
			fputs(breaks[rnd(3)], stdout);
	}
	return 0;
}
