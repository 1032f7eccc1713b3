/* Writes a synthetic citations CSV of N rows with citeq's header:
 *   gen_citations N [SEED] > file.csv
 * Mixed scripts (Latin, Cyrillic, Arabic, CJK), titles with commas and inner
 * quotes (so quoted fields), about 1% of titles with a line break, about 10%
 * of rows undated, and a spread of languages, sources and years like a real
 * reference list's. Deterministic for a seed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t state = 88172645463325252ULL;

static uint64_t
next(void)
{
	state ^= state << 13;	/* xorshift64 */
	state ^= state >> 7;
	state ^= state << 17;
	return state;
}

static unsigned
pick(unsigned n)
{
	return (unsigned)(next() % n);
}

static const char *const words[][8] = {
	{ "Syria", "talks", "Kazakhstan", "opposition", "peace", "process",
	    "constitution", "Geneva" },
	{ "Сирия", "переговоры", "оппозиция", "Женева", "процесс", "мир",
	    "конституция", "Астана" },
	{ "سوريا", "المعارضة", "جنيف", "الدستور", "السلام", "محادثات",
	    "أستانا", "الأزمة" },
	{ "Frieden", "Gespräche", "Opposition", "Verfassung", "Genf",
	    "Prozess", "Krise", "Syrien" },
	{ "paix", "négociations", "opposition", "constitution", "Genève",
	    "processus", "crise", "Syrie" },
	{ "和平", "会谈", "反对派", "宪法", "日内瓦", "进程", "危机", "叙利亚" },
};
static const char *const langs[] = { "en", "ru", "ar", "de", "fr", "zh" };
/* How often each language comes: English most. */
static const unsigned lang_weight[] = { 55, 20, 12, 6, 5, 2 };
static const char *const sources[] = {
	"The Diplomat", "The Astana Times", "The New York Times", "Der Spiegel",
	"The Guardian", "FORBES", "Aki Press", "Inform Kazakh", "Astana Tv",
	"Middle East Eye", "Azernews.Az", "Le Monde", "Российская газета",
	"الأهرام", "UN Web Tv", "", "", "Sant’Egidio",
};
static const char *const authors[] = {
	"", "", "", "Putz, Catherine", "ORAZGALIYEVA, Malika", "Zraick, Karen",
	"Terzi, Giulio", "GUSEV, Leonid", "Hebel, Christina; Sydow, Christoph",
	"Мировые, новости",
};

static void
title(int lang)
{
	unsigned n = 3 + pick(8), i;

	putchar('"');
	for (i = 0; i < n; i++) {
		if (i > 0)
			fputs(pick(12) == 0 ? ", " : " ", stdout);
		fputs(words[lang][pick(8)], stdout);
	}
	if (pick(8) == 0)
		fputs(" \"\"quoted\"\"", stdout);
	if (pick(100) == 0)
		fputs("\nsecond line", stdout);
	putchar('"');
}

/* A date in [from, 2024], or none in undated_pct of the rows; returns the
 * year written (from when none). */
static unsigned
date(int undated_pct, unsigned from)
{
	unsigned y;

	if (from > 2024)
		from = 2024;
	if ((int)pick(100) < undated_pct)
		return from;
	y = from + pick(2025 - from);
	printf("%04u-%02u-%02u", y, 1 + pick(12), 1 + pick(28));
	return y + 1;		/* later dates: the next year on */
}

int
main(int argc, char **argv)
{
	long n = argc > 1 ? atol(argv[1]) : 1000, i;
	unsigned w, k, total = 0, y, y2;

	if (argc > 2)
		state ^= (uint64_t)atol(argv[2]) * 0x9E3779B97F4A7C15ULL;
	for (k = 0; k < 6; k++)
		total += lang_weight[k];
	puts("id,kind,author,title,source,date,lang,url,access_date,"
	    "archive_url,archive_date,url_status,format,cites,note");
	for (i = 1; i <= n; i++) {
		const char *a = authors[pick(10)];
		int lang;

		for (w = pick(total), lang = 0; w >= lang_weight[lang]; lang++)
			w -= lang_weight[lang];
		printf("%ld,citation,", i);
		if (*a)
			printf("\"%s\"", a);
		putchar(',');
		title(lang);
		printf(",%s,", sources[pick(18)]);
		y = date(10, 2005);
		printf(",%s,https://example.org/%ld,", langs[lang], i);
		y2 = date(40, y);
		printf(",,");
		date(80, y);
		(void)y2;
		printf(",%s,%s,,\n", pick(20) == 0 ? "dead" : "",
		    pick(30) == 0 ? "PDF" : "");
	}
	return 0;
}
