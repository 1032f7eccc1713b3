/* Citation Style 1: dates both ways, a reference into fields and back. */
#include "helpers.h"

#include "cs1.h"

static void
expect_date(const char *iso, const char *text)
{
	char buf[96];
	char *back;

	assert_int_equal(cs1_date_text(iso, buf, sizeof buf), 0);
	assert_string_equal(buf, text);
	back = cs1_iso(text, strlen(text));
	assert_non_null(back);
	assert_string_equal(back, iso);
	free(back);
}

static void
test_dates(void **state)
{
	(void)state;
	expect_date("2015-05-29", "29 May 2015");
	expect_date("2015-05", "May 2015");
	expect_date("2015", "2015");
	expect_date("2017-07-10/2017-07-13", "10\xE2\x80\x93" "13 July 2017");
	expect_date("2015-05-29/2015-06-02", "29 May \xE2\x80\x93 2 June 2015");
	expect_date("2014-12-30/2015-01-02",
	    "30 December 2014 \xE2\x80\x93 2 January 2015");
	expect_date("2015/2016", "2015\xE2\x80\x93" "16");
	expect_date("2015-05/2015-07", "May\xE2\x80\x93July 2015");
	assert_null(cs1_iso("May 29th", 8));
}

static void
parse(const char *text, struct cs1 *c)
{
	char err[256];

	if (cs1_parse(text, strlen(text), c, err, sizeof err) != 0)
		fail_msg("%s: %s", text, err);
}

static void
test_parse(void **state)
{
	struct cs1 c;
	char err[256];

	(void)state;
	parse("Putz, Catherine (29 May 2015). \"Why Was Syria's Opposition in "
	    "Kazakhstan?\". The Diplomat.", &c);
	assert_string_equal(c.authors, "Putz, Catherine");
	assert_string_equal(c.title, "Why Was Syria's Opposition in Kazakhstan?");
	assert_string_equal(c.source, "The Diplomat");
	assert_string_equal(c.date, "2015-05-29");
	assert_null(c.access_date);
	cs1_free(&c);

	/* Inner quotes, archive, retrieved, a dead link. */
	parse("\"A \"quoted\" word\". 11 May 2019. Archived from the original on "
	    "12 May 2019. Retrieved 31 August 2020.[permanent dead link]", &c);
	assert_string_equal(c.title, "A \"quoted\" word");
	assert_null(c.source);
	assert_string_equal(c.date, "2019-05-11");
	assert_string_equal(c.archive_date, "2019-05-12");
	assert_string_equal(c.access_date, "2020-08-31");
	assert_true(c.dead);
	cs1_free(&c);

	/* (PDF), (in Italian), a pair of authors joined with "und". */
	parse("Hebel und Sydow, Christina und Christoph (29 January 2018). "
	    "\"Frieden\" (PDF) (in German). Der Spiegel.", &c);
	assert_string_equal(c.authors, "Hebel, Christina; Sydow, Christoph");
	assert_string_equal(c.format, "PDF");
	assert_string_equal(c.lang, "de");
	assert_string_equal(c.note.s, "Authors printed as \"Hebel und Sydow, "
	    "Christina und Christoph\"; Language stated in the source");
	cs1_free(&c);

	parse("Bare title, no quotes", &c);
	assert_string_equal(c.title, "Bare title, no quotes");
	assert_string_equal(c.note.s, "Title printed without quotation marks");
	cs1_free(&c);

	assert_int_equal(cs1_parse("\"Open title. Site.", 18, &c, err,
	    sizeof err), -1);
	cs1_free(&c);
	/* A date not understood is kept as printed, with a warning. */
	assert_int_equal(cs1_parse("Doe, J (someday). \"T\".", 22, &c, err,
	    sizeof err), 0);
	assert_string_equal(c.authors, "Doe, J");
	assert_null(c.date);
	assert_string_equal(c.warn.s, "not a date 'someday'");
	assert_string_equal(c.note.s, "Printed as: {author} (someday). "
	    "\"{title}\".");
	cs1_free(&c);
}

static void
render(struct buf *b, const char *authors, const char *title,
    const char *source, const char *date, const char *lang,
    const char *access_date, const char *archive_date,
    const char *url_status, const char *format, const char *note)
{
	struct cs1_fields f = { authors, title, source, date, lang, "",
	    access_date, archive_date, url_status, format, note, "", "", "",
	    "", "", "", "", "", "" };

	cs1_render(b, &f);
}

/* Parses text, renders it back from the fields and the note: the same
 * line. */
static void
roundtrip(const char *text, struct cs1 *c)
{
	struct buf b = { NULL, 0, 0 };
	struct cs1_fields f;

	parse(text, c);
	f.authors = c->authors ? c->authors : "";
	f.title = c->title ? c->title : "";
	f.source = c->source ? c->source : "";
	f.date = c->date ? c->date : "";
	f.lang = c->lang ? c->lang : "";
	f.url = c->url ? c->url : "";
	f.access_date = c->access_date ? c->access_date : "";
	f.archive_date = c->archive_date ? c->archive_date : "";
	f.url_status = c->dead ? "dead" : "";
	f.format = c->format ? c->format : "";
	f.note = c->note.s ? c->note.s : "";
	f.publisher = c->publisher ? c->publisher : "";
	f.place = c->place ? c->place : "";
	f.doi = c->doi ? c->doi : "";
	f.isbn = c->isbn ? c->isbn : "";
	f.issn = c->issn ? c->issn : "";
	f.volume = c->volume ? c->volume : "";
	f.issue = c->issue ? c->issue : "";
	f.pages = c->pages ? c->pages : "";
	f.editor = c->editor ? c->editor : "";
	buf_adds(&b, "");
	cs1_render(&b, &f);
	assert_string_equal(b.s, text);
	buf_free(&b);
}

static void
test_forms(void **state)
{
	struct cs1 c;

	(void)state;
	/* An author without a date; via after the retrieved date. */
	roundtrip("Doe, Jane. \"A Title\". The Work. Retrieved 2 February "
	    "2016 \xE2\x80\x93 via Factiva.", &c);
	assert_string_equal(c.authors, "Doe, Jane");
	assert_string_equal(c.title, "A Title");
	assert_string_equal(c.source, "The Work");
	assert_null(c.date);
	assert_string_equal(c.access_date, "2016-02-02");
	assert_null(c.warn.s);
	cs1_free(&c);

	/* A language after the work; the date style kept. */
	roundtrip("\"Titulok\". Denn\xC3\xADk N (in Slovak). June 3, 2018.", &c);
	assert_string_equal(c.source, "Denn\xC3\xADk N");
	assert_string_equal(c.lang, "sk");
	assert_string_equal(c.date, "2018-06-03");
	cs1_free(&c);

	/* A translated title, then the language. */
	roundtrip("\"Singlar \xE2\x80\x93 Vecka 12\" [Singles \xE2\x80\x93 Week 12] "
	    "(in Swedish). Sverigetopplistan.", &c);
	assert_string_equal(c.title, "Singlar \xE2\x80\x93 Vecka 12");
	assert_string_equal(c.lang, "sv");
	assert_string_equal(c.source, "Sverigetopplistan");
	cs1_free(&c);

	/* A book: authors, an unquoted title, the publisher, an ISBN. */
	roundtrip("Smith, John; Roe, Ann (2011). A Book Title. Cambridge "
	    "University Press. ISBN 978-0-521-00000-0.", &c);
	assert_string_equal(c.authors, "Smith, John; Roe, Ann");
	assert_string_equal(c.title, "A Book Title");
	assert_null(c.source);
	assert_string_equal(c.publisher, "Cambridge University Press");
	assert_string_equal(c.isbn, "978-0-521-00000-0");
	assert_string_equal(c.date, "2011");
	assert_string_equal(c.note.s, "Printed as: {author} ({date}). {title}. "
	    "{publisher}. ISBN {isbn}.");
	cs1_free(&c);

	/* Text between the title and the work, a note after the date. */
	roundtrip("\"Title\" (Select week 02.03.2021\xE2\x80\x93" "08.03.2021.) "
	    "(in Polish). OLiS. Retrieved 9 May 2021. Search for the title on "
	    "the page.", &c);
	assert_string_equal(c.lang, "pl");
	assert_string_equal(c.source, "OLiS");
	assert_string_equal(c.access_date, "2021-05-09");
	cs1_free(&c);

	/* Archive forms. */
	roundtrip("\"T\". W. Archived (PDF) from the original on 4 March 2019.",
	    &c);
	assert_string_equal(c.archive_date, "2019-03-04");
	assert_string_equal(c.format, "PDF");
	cs1_free(&c);
	roundtrip("\"T\". W. Archived from the original (PDF) on 17 January "
	    "2012.", &c);
	assert_string_equal(c.archive_date, "2012-01-17");
	assert_string_equal(c.format, "PDF");
	cs1_free(&c);

	/* Periods inside names. */
	roundtrip("Doe, J. (2001). \"T\". Proc. Natl. Acad. Sci. U.S.A. 98 (2): "
	    "1\xE2\x80\x93" "5. doi:10.1073/pnas.0000.", &c);
	assert_string_equal(c.source, "Proc. Natl. Acad. Sci. U.S.A.");
	assert_string_equal(c.volume, "98");
	assert_string_equal(c.issue, "2");
	assert_string_equal(c.pages, "1\xE2\x80\x93" "5");
	assert_string_equal(c.doi, "10.1073/pnas.0000");
	assert_string_equal(c.note.s, "Printed as: {author} ({date}). "
	    "\"{title}\". {source} {volume} ({issue}): {pages}. doi:{doi}.");
	cs1_free(&c);
	roundtrip("\"T\". St. Petersburg Times. 5 Feb 2021.", &c);
	assert_string_equal(c.source, "St. Petersburg Times");
	assert_string_equal(c.date, "2021-02-05");
	assert_string_equal(c.note.s, "Dates printed dmy-abbr");
	cs1_free(&c);
	roundtrip("\"T\". U.S. News & World Report. 2016-09-14.", &c);
	assert_string_equal(c.source, "U.S. News & World Report");
	assert_string_equal(c.note.s, "Dates printed ISO");
	cs1_free(&c);

	/* Back-reference letters; an agency after the date. */
	roundtrip("a b c \"Title\". The Work. AP. 3 March 2020.", &c);
	assert_string_equal(c.title, "Title");
	assert_string_equal(c.source, "The Work");
	assert_string_equal(c.date, "2020-03-03");
	cs1_free(&c);

	/* A note glued to the retrieved date's period. */
	roundtrip("\"T\". The Times. 29 October 1860. p. 6. Retrieved 21 May "
	    "2012.(subscription required)", &c);
	assert_string_equal(c.source, "The Times");
	assert_string_equal(c.access_date, "2012-05-21");
	assert_null(c.warn.s);
	cs1_free(&c);

	/* A book's series before its publisher; a conference is a work. */
	roundtrip("Wheeler-Barclay, Marjorie (2010). The Science of Religion. "
	    "Victorian Literature and Culture. University of Virginia Press. "
	    "p. 43. ISBN 978-0-8139-3010-7.", &c);
	assert_string_equal(c.title, "The Science of Religion");
	assert_null(c.source);
	assert_string_equal(c.publisher, "University of Virginia Press");
	assert_string_equal(c.pages, "43");
	assert_string_equal(c.isbn, "978-0-8139-3010-7");
	cs1_free(&c);
	roundtrip("Daciuk, Jan (2003). A Paper. International Conference on "
	    "Automata. Springer Publishing. pp. 255\xE2\x80\x93" "261.", &c);
	assert_string_equal(c.source, "International Conference on Automata");
	assert_string_equal(c.publisher, "Springer Publishing");
	assert_string_equal(c.pages, "255\xE2\x80\x93" "261");
	cs1_free(&c);

	/* Honorifics in a title; an editor in the authors' place; a volume
	 * in roman numerals, not an initial. */
	roundtrip("Chaudhuri, Nirad C. (1974). The life of the Rt. Hon. F. Max "
	    "Muller. Chatto & Windus.", &c);
	assert_string_equal(c.title, "The life of the Rt. Hon. F. Max Muller");
	assert_null(c.source);
	assert_string_equal(c.publisher, "Chatto & Windus");
	cs1_free(&c);
	roundtrip("M\xC3\xBCller, Georgina, ed. (1902). The life and letters. I. "
	    "Longmans, Green & Co.", &c);
	assert_string_equal(c.authors, "M\xC3\xBCller, Georgina");
	assert_string_equal(c.title, "The life and letters");
	assert_null(c.source);
	assert_string_equal(c.publisher, "Longmans, Green & Co.");
	cs1_free(&c);
	roundtrip("Roe, Ann; Doe, Jane, eds. (2001). Essays. I. B. Tauris.", &c);
	assert_string_equal(c.authors, "Roe, Ann; Doe, Jane");
	assert_null(c.source);
	assert_string_equal(c.publisher, "I. B. Tauris");
	cs1_free(&c);

	/* Shortened footnotes: the name, a year perhaps, the pages. */
	roundtrip("Beevor 2012, pp. 555\xE2\x80\x93" "560.", &c);
	assert_true(c.shortened);
	assert_string_equal(c.authors, "Beevor");
	assert_string_equal(c.date, "2012");
	assert_null(c.title);
	cs1_free(&c);
	roundtrip("Beevor 2012a, p. 5.", &c);
	assert_string_equal(c.date, "2012");
	assert_string_equal(c.pages, "5");
	assert_null(c.warn.s);
	cs1_free(&c);
	roundtrip("Quoted in Van der Veer, p. 109", &c);
	assert_true(c.shortened);
	assert_string_equal(c.authors, "Van der Veer");
	cs1_free(&c);
	roundtrip("Smith, John (2011). A Book. Example Press. p. 5.", &c);
	assert_false(c.shortened);
	assert_string_equal(c.authors, "Smith, John");
	cs1_free(&c);
	roundtrip("A story of a map, p. 5.", &c);
	assert_false(c.shortened);
	cs1_free(&c);

	/* A bare URL; braces in the text survive the template. */
	roundtrip("https://example.org/a{b}", &c);
	assert_string_equal(c.url, "https://example.org/a{b}");
	cs1_free(&c);
	roundtrip("\"{title} and {{x}}\". W. p. 5.", &c);
	assert_string_equal(c.title, "{title} and {{x}}");
	cs1_free(&c);
}

static void
test_render(void **state)
{
	struct buf b = { NULL, 0, 0 };

	(void)state;
	render(&b, "Putz, Catherine", "Title", "The Diplomat", "2015-05-29",
	    "en", "2020-08-31", "", "", "", "");
	assert_string_equal(b.s, "Putz, Catherine (29 May 2015). \"Title\". "
	    "The Diplomat. Retrieved 31 August 2020.");
	b.len = 0;
	render(&b, "", "Titolo", "Sant\xE2\x80\x99" "Egidio", "2018-10-29",
	    "it", "", "2018-11-01", "dead", "PDF",
	    "Language stated in the source; Marked [dead link]");
	assert_string_equal(b.s, "\"Titolo\" (PDF) (in Italian). Sant\xE2\x80\x99"
	    "Egidio. 29 October 2018. Archived from the original on "
	    "1 November 2018.[dead link]");
	b.len = 0;
	buf_adds(&b, "");
	render(&b, "", "", "", "", "", "", "", "", "",
	    "Entry is empty in the source");
	assert_string_equal(b.s, "");
	buf_free(&b);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dates),
		cmocka_unit_test(test_parse),
		cmocka_unit_test(test_render),
		cmocka_unit_test(test_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
