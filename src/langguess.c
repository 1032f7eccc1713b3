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

/* The models citeq asks, by script: textcat picks among these only. More
 * Latin-script models make short English titles come out as Czech or
 * Swedish ("Kazakhstan Peace Talks"); these are the languages of the
 * references citeq was made for, and their neighbours. */
static const char latin_models[] =
    "en.lm en\nfr.lm fr\nde.lm de\nit.lm it\nes.lm es\npt.lm pt\n"
    "nl.lm nl\n";
static const char cyrillic_models[] =
    "ru.lm ru\nuk.lm uk\nbe.lm be\nbg.lm bg\nkk.lm kk\n";

struct langguess {
	void *latin, *cyrillic;
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
	return g;
}

void
langguess_free(struct langguess *g)
{
	if (g == NULL)
		return;
	if (g->latin)
		textcat_Done(g->latin);
	if (g->cyrillic)
		textcat_Done(g->cyrillic);
	free(g);
}

static int
has(const char *s, size_t n, const char *const *chars)
{
	size_t i;

	for (i = 0; chars[i] != NULL; i++) {
		size_t k = strlen(chars[i]), j;

		for (j = 0; j + k <= n; j++)
			if (memcmp(s + j, chars[i], k) == 0)
				return 1;
	}
	return 0;
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

const char *
langguess(struct langguess *g, const char *text, size_t n, const char *dflt)
{
	static const char *const kazakh[] = {
		"ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і",
		"Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І", NULL
	};
	const unsigned char *u = (const unsigned char *)text;
	size_t i, words = 0, arabic = 0, cyrillic = 0, upper = 0, lower = 0;
	const char *code;

	for (i = 0; i < n; i++) {
		if (u[i] >= 0xD8 && u[i] <= 0xDB)
			arabic++;
		else if (u[i] >= 0xD0 && u[i] <= 0xD3)
			cyrillic++;
		else if (u[i] >= 'A' && u[i] <= 'Z')
			upper++;
		else if (u[i] >= 'a' && u[i] <= 'z')
			lower++;
		if (u[i] != ' ' && (i == 0 || u[i - 1] == ' '))
			words++;
	}
	if (arabic > cyrillic && arabic > 0)
		return "ar";
	if (cyrillic > 0) {
		if (has(text, n, kazakh))
			return "kk";
		code = classify(g->cyrillic, text, n);
		return code ? code : "ru";
	}
	if (words < 4 || upper + lower == 0)
		return dflt;
	if (lower == 0) {
		/* The models know lower case: "SYRIA: SPEECH BY ..." */
		size_t len;
		char *low = fold_dup(text, n, &len);

		code = classify(g->latin, low, len);
		free(low);
	} else {
		code = classify(g->latin, text, n);
	}
	return code ? code : dflt;
}
