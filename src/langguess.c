#include "langguess.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>
#include <unistd.h>

#include "fold.h"
#include "lang.h"
#include "xalloc.h"

#ifndef TEXTCAT_MODELS
#define TEXTCAT_MODELS	"/usr/share/libexttextcat/"
#endif

/* The models citeq asks, by script. */
static const char latin_models[] =
    "en.lm en\nfr.lm fr\nde.lm de\nit.lm it\nes.lm es\npt.lm pt\n"
    "nl.lm nl\nsv.lm sv\nda.lm da\nnb.lm nb\npl.lm pl\ncs.lm cs\n"
    "sk.lm sk\nlv.lm lv\nlt.lm lt\net.lm et\nfi.lm fi\nhu.lm hu\n"
    "ro.lm ro\nhr.lm hr\nsl.lm sl\ntr.lm tr\nid.lm id\nca.lm ca\n";
static const char cyrillic_models[] =
    "ru.lm ru\nuk.lm uk\nbe.lm be\nbg.lm bg\nkk.lm kk\n"
    "mk.lm mk\nsr-Cyrl.lm sr\n";

/* Latin-script languages whose text of four words or more nearly always
 * has a letter beyond ASCII: without one, textcat's word for them is a
 * guess ("Official Singles Chart Top 100" comes out Catalan). */
static const char *const accented[] = {
	"ca", "cs", "sk", "pl", "lv", "lt", "hu", "ro", "tr", "sl", "hr",
	"et", "fi", "es", "pt", NULL
};

/* English words that no other language of the models spells alike in a
 * title: one of them makes a title English. */
static const char *const english[] = {
	"the", "of", "and", "with", "from", "how", "what", "why", "who",
	"when", "after", "about", "into", "says", "said", "its", "it's",
	"this", "that", "you", "your", "are", "were", "have", "has", "their",
	"not", "can", "more", "than", "first", "new", "these", "those",
	"which", "would", "could", "should", "been", "being", "our", "they",
	NULL
};

/* ... and words English shares with others ("for" in Norwegian): one of
 * them makes a title English unless a word of another language is there
 * too. */
static const char *const english_weak[] = {
	"for", "to", "on", "in", "at", "is", "by", "as", "an", "be", "or",
	"will", "was", "over", "her", "top", "chart", "official", NULL
};
static const char *const foreign[] = {
	"et", "og", "och", "att", "av", "til", "med", "som", "er", "det",
	"ikke", "inte", "der", "die", "das", "und", "le", "la", "les", "des",
	"du", "el", "los", "las", "que", "di", "il", "del", "della", "het",
	"een", "van", "de", "dem", "den", "ein", "eine", "nach", "im", "och",
	"af", "fra", "ja", "ir", "un", "una", "per", "con", "por", "para",
	"sur", "dans", "pour", "na", "za", "się", "nie", "na", "ze", NULL
};

struct langguess {
	void *latin, *cyrillic;
	candidate_t *cand;
};

/* textcat reads its list of models from a file: write one for it. */
static void *
load(const char *models)
{
	char path[] = "/tmp/citeq-textcat-XXXXXX";
	int fd = mkstemp(path);
	void *h = NULL;

	if (fd < 0)
		return NULL;
	if (write(fd, models, strlen(models)) == (ssize_t)strlen(models))
		h = special_textcat_Init(path, TEXTCAT_MODELS);
	close(fd);
	unlink(path);
	if (h != NULL)
		textcat_SetProperty(h, TCPROP_MINIMUM_DOCUMENT_SIZE, 5);
	return h;
}

struct langguess *
langguess_new(void)
{
	struct langguess *g = xcalloc(1, sizeof *g);

	g->latin = load(latin_models);
	g->cyrillic = load(cyrillic_models);
	if (g->latin == NULL || g->cyrillic == NULL) {
		langguess_free(g);
		errno = ENOENT;
		return NULL;
	}
	g->cand = textcat_GetClassifyFullOutput(g->latin);
	return g;
}

void
langguess_free(struct langguess *g)
{
	if (g == NULL)
		return;
	if (g->cand)
		textcat_ReleaseClassifyFullOutput(g->latin, g->cand);
	if (g->latin)
		textcat_Done(g->latin);
	if (g->cyrillic)
		textcat_Done(g->cyrillic);
	free(g);
}

/* ---- scripts ---- */

enum script {
	SC_LATIN, SC_CYRILLIC, SC_ARABIC, SC_GREEK, SC_HEBREW, SC_THAI,
	SC_ARMENIAN, SC_GEORGIAN, SC_DEVANAGARI, SC_BENGALI, SC_GURMUKHI,
	SC_GUJARATI, SC_TAMIL, SC_TELUGU, SC_KANNADA, SC_MALAYALAM,
	SC_SINHALA, SC_LAO, SC_MYANMAR, SC_ETHIOPIC, SC_KHMER, SC_HANGUL,
	SC_KANA, SC_HAN, SC__COUNT
};

static const struct {
	unsigned lo, hi;
	enum script sc;
	const char *code;	/* the language the script alone tells */
} ranges[] = {
	{ 0x0370, 0x03FF, SC_GREEK, "el" }, { 0x1F00, 0x1FFF, SC_GREEK, "el" },
	{ 0x0400, 0x052F, SC_CYRILLIC, NULL },
	{ 0x0531, 0x058F, SC_ARMENIAN, "hy" },
	{ 0x0590, 0x05FF, SC_HEBREW, "he" },
	{ 0x0600, 0x06FF, SC_ARABIC, NULL }, { 0x0750, 0x077F, SC_ARABIC, NULL },
	{ 0xFB50, 0xFDFF, SC_ARABIC, NULL }, { 0xFE70, 0xFEFF, SC_ARABIC, NULL },
	{ 0x0900, 0x097F, SC_DEVANAGARI, "hi" },
	{ 0x0980, 0x09FF, SC_BENGALI, "bn" },
	{ 0x0A00, 0x0A7F, SC_GURMUKHI, "pa" },
	{ 0x0A80, 0x0AFF, SC_GUJARATI, "gu" },
	{ 0x0B80, 0x0BFF, SC_TAMIL, "ta" }, { 0x0C00, 0x0C7F, SC_TELUGU, "te" },
	{ 0x0C80, 0x0CFF, SC_KANNADA, "kn" },
	{ 0x0D00, 0x0D7F, SC_MALAYALAM, "ml" },
	{ 0x0D80, 0x0DFF, SC_SINHALA, "si" }, { 0x0E00, 0x0E7F, SC_THAI, "th" },
	{ 0x0E80, 0x0EFF, SC_LAO, "lo" }, { 0x1000, 0x109F, SC_MYANMAR, "my" },
	{ 0x10A0, 0x10FF, SC_GEORGIAN, "ka" },
	{ 0x1100, 0x11FF, SC_HANGUL, "ko" }, { 0x3130, 0x318F, SC_HANGUL, "ko" },
	{ 0xAC00, 0xD7AF, SC_HANGUL, "ko" },
	{ 0x1200, 0x139F, SC_ETHIOPIC, "am" },
	{ 0x1780, 0x17FF, SC_KHMER, "km" },
	{ 0x3040, 0x30FF, SC_KANA, "ja" }, { 0x31F0, 0x31FF, SC_KANA, "ja" },
	{ 0xFF66, 0xFF9F, SC_KANA, "ja" },
	{ 0x3400, 0x4DBF, SC_HAN, "zh" }, { 0x4E00, 0x9FFF, SC_HAN, "zh" },
	{ 0xF900, 0xFAFF, SC_HAN, "zh" },
};

/* The next code point of UTF-8 at *p (advanced); 0xFFFD if invalid. */
static unsigned
next_cp(const unsigned char **p, const unsigned char *end)
{
	const unsigned char *s = *p;
	unsigned cp;
	int n, i;

	if (*s < 0x80) {
		*p = s + 1;
		return *s;
	}
	n = *s >= 0xF0 ? 3 : *s >= 0xE0 ? 2 : *s >= 0xC0 ? 1 : 0;
	cp = *s & (0x3F >> n);
	if (n == 0 || end - s <= n) {
		*p = s + 1;
		return 0xFFFD;
	}
	for (i = 1; i <= n; i++) {
		if ((s[i] & 0xC0) != 0x80) {
			*p = s + 1;
			return 0xFFFD;
		}
		cp = cp << 6 | (s[i] & 0x3F);
	}
	*p = s + n + 1;
	return cp;
}

static int
has_cp(const char *text, size_t n, const unsigned *cps)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + n;
	size_t i;

	while (p < end) {
		unsigned cp = next_cp(&p, end);

		for (i = 0; cps[i] != 0; i++)
			if (cp == cps[i])
				return 1;
	}
	return 0;
}

/* Arabic script: Urdu and Persian by their own letters. */
static const char *
arabic(const char *text, size_t n)
{
	static const unsigned urdu[] = {
		0x0679, 0x0688, 0x0691, 0x06BA, 0x06BE, 0x06C1, 0x06D2, 0
	};
	static const unsigned persian[] = {
		0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC, 0
	};

	if (has_cp(text, n, urdu))
		return "ur";
	if (has_cp(text, n, persian))
		return "fa";
	return "ar";
}

/* The first candidate of textcat's "[en][de]", or NULL. */
static const char *
classify(void *h, const char *text, size_t n)
{
	const char *r = textcat_Classify(h, text, n);
	char code[8];
	size_t k;

	if (r == NULL || r[0] != '[')
		return NULL;		/* UNKNOWN or SHORT */
	for (k = 0; r[k + 1] && r[k + 1] != ']' && k + 1 < sizeof code; k++)
		code[k] = r[k + 1];
	code[k] = '\0';
	return lang_code(code, k);
}

static const char *
cyrillic(struct langguess *g, const char *text, size_t n)
{
	static const unsigned kazakh[] = {
		0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB,
		0x04D8, 0x0492, 0x049A, 0x04A2, 0x04E8, 0x04B0, 0x04AE, 0x04BA,
		0
	};
	static const unsigned ukrainian[] = {
		0x0457, 0x0454, 0x0491, 0x0407, 0x0404, 0x0490, 0
	};
	static const unsigned belarusian[] = { 0x045E, 0x040E, 0 };
	static const unsigned serbian[] = {
		0x0452, 0x045B, 0x045F, 0x0459, 0x045A, 0x0458, 0x0402, 0x040B,
		0x040F, 0x0409, 0x040A, 0x0408, 0
	};
	static const unsigned macedonian[] = {
		0x0453, 0x045C, 0x0455, 0x0403, 0x040C, 0x0405, 0
	};
	const char *code;

	if (has_cp(text, n, kazakh))
		return "kk";
	if (has_cp(text, n, ukrainian))
		return "uk";
	if (has_cp(text, n, belarusian))
		return "be";
	if (has_cp(text, n, macedonian))
		return "mk";
	if (has_cp(text, n, serbian))
		return "sr";
	code = classify(g->cyrillic, text, n);
	return code ? code : "ru";
}

static int
listed(const char *const *list, const char *s, size_t n)
{
	size_t i;

	for (i = 0; list[i] != NULL; i++)
		if (strlen(list[i]) == n && memcmp(list[i], s, n) == 0)
			return 1;
	return 0;
}

/* Latin script: an English word makes it English; otherwise textcat's
 * first candidate when it is sure: three candidates at most (textcat
 * lists those whose score is near the best), English not among them, and
 * for the languages of accented letters, an accented letter. */
static const char *
latin(struct langguess *g, const char *text, size_t n, size_t words,
    int accents, const char *dflt)
{
	const char *p, *end, *code;
	char *low;
	size_t len, i;
	int k, weak = 0, other = 0;

	low = fold_dup(text, n, &len);
	for (p = low, end = low + len; p < end;) {
		const char *w = p;

		while (p < end && ((*p >= 'a' && *p <= 'z') || *p == '\'' ||
		    (unsigned char)*p >= 0x80))
			p++;
		if (p > w && listed(english, w, (size_t)(p - w))) {
			free(low);
			return "en";
		}
		weak += p > w && listed(english_weak, w, (size_t)(p - w));
		other += p > w && listed(foreign, w, (size_t)(p - w));
		while (p < end && !(*p >= 'a' && *p <= 'z') &&
		    (unsigned char)*p < 0x80)
			p++;
	}
	if (weak > 0 && other == 0) {
		free(low);
		return "en";
	}
	if (words < 4) {
		free(low);
		return dflt;
	}
	/* The models know mixed case, and lower case for a title in
	 * capitals ("SYRIA: SPEECH BY ...") */
	for (p = text, i = 0; p < text + n && i == 0; p++)
		i = *p >= 'a' && *p <= 'z';
	if (i)
		k = textcat_ClassifyFull(g->latin, text, n, g->cand);
	else
		k = textcat_ClassifyFull(g->latin, low, len, g->cand);
	free(low);
	if (k < 1 || k > 3)
		return dflt;
	for (i = 0; i < (size_t)k; i++)
		if (strcmp(g->cand[i].name, "en") == 0)
			return dflt;
	if (!accents && listed(accented, g->cand[0].name,
	    strlen(g->cand[0].name)))
		return dflt;
	code = lang_code(g->cand[0].name, strlen(g->cand[0].name));
	return code ? code : dflt;
}

const char *
langguess(struct langguess *g, const char *text, size_t n, const char *dflt)
{
	const unsigned char *p = (const unsigned char *)text, *end = p + n;
	size_t count[SC__COUNT], i, words = 0, best = SC__COUNT;
	const char *code[SC__COUNT];
	int accents = 0, space = 1;

	memset(count, 0, sizeof count);
	memset(code, 0, sizeof code);
	while (p < end) {
		unsigned cp = next_cp(&p, end);
		int letter = 0;

		if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z')) {
			count[SC_LATIN]++;
			letter = 1;
		} else if (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 &&
		    cp != 0xF7) {
			count[SC_LATIN]++;
			accents = letter = 1;
		} else {
			for (i = 0; i < sizeof ranges / sizeof ranges[0]; i++)
				if (cp >= ranges[i].lo && cp <= ranges[i].hi) {
					count[ranges[i].sc]++;
					code[ranges[i].sc] = ranges[i].code;
					letter = 1;
					break;
				}
		}
		if (cp == ' ')
			space = 1;
		else if (space && cp > ' ')
			words++, space = 0;
		(void)letter;
	}
	/* Japanese writes Han with kana; Han alone is Chinese. */
	if (count[SC_KANA] > 0) {
		count[SC_KANA] += count[SC_HAN];
		count[SC_HAN] = 0;
	}
	for (i = SC_CYRILLIC; i < SC__COUNT; i++)
		if (count[i] > 0 && (best == SC__COUNT || count[i] >
		    count[best]))
			best = i;
	/* Another script wins over Latin letters it outnumbers (a CJK
	 * character counts as a word). */
	if (best < SC__COUNT && (count[best] >= 2 || best >= SC_HANGUL) &&
	    count[best] * (best >= SC_HANGUL ? 4 : 1) * 2 >=
	    count[SC_LATIN]) {
		if (best == SC_ARABIC)
			return arabic(text, n);
		if (best == SC_CYRILLIC)
			return cyrillic(g, text, n);
		return code[best];
	}
	if (count[SC_LATIN] == 0)
		return dflt;
	return latin(g, text, n, words, accents, dflt);
}
