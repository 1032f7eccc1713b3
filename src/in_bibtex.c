/* BibTeX and BibLaTeX inputs. btparse reads the entries (BibTeX's own
 * grammar: @string macros, "#" concatenation, @comment and @preamble);
 * crossref and xdata inheritance are done here, once the whole file is
 * read, as a parent may come after its children; bibutils turns the TeX of
 * the values into Unicode (in_tex_text). Each entry becomes a row of
 * citeq's roles and of its other fields under their own names. */
#include "in.h"

#include <btparse.h>
#include <bibutils/bibutils.h>
#include <bibutils/latex.h>
#include <bibutils/utf8.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdio_ext.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <uninorm.h>

#include "date.h"
#include "display.h"
#include "errcatch.h"
#include "isolate.h"
#include "lang.h"
#include "mend.h"
#include "strmap.h"
#include "xalloc.h"

/* ---- TeX to text ---- */

/* The combining mark of a TeX accent command, or NULL. */
static const char *
accent_mark(const char *name, size_t n)
{
	static const char *const marks[][2] = {
		{ "`", "\xcc\x80" }, { "'", "\xcc\x81" }, { "^", "\xcc\x82" },
		{ "~", "\xcc\x83" }, { "=", "\xcc\x84" }, { "u", "\xcc\x86" },
		{ ".", "\xcc\x87" }, { "\"", "\xcc\x88" }, { "r", "\xcc\x8a" },
		{ "H", "\xcc\x8b" }, { "v", "\xcc\x8c" }, { "d", "\xcc\xa3" },
		{ "c", "\xcc\xa7" }, { "k", "\xcc\xa8" }, { "b", "\xcc\xb1" },
	};
	size_t i;

	for (i = 0; i < sizeof marks / sizeof marks[0]; i++)
		if (strlen(marks[i][0]) == n &&
		    memcmp(marks[i][0], name, n) == 0)
			return marks[i][1];
	return NULL;
}

/* Commands that are words of their own, as text. */
static const char *
command_text(const char *name, size_t n)
{
	static const char *const words[][2] = {
		{ "Dash", "\xe2\x80\x94" }, { "textemdash", "\xe2\x80\x94" },
		{ "textendash", "\xe2\x80\x93" }, { "hyphen", "-" },
		{ "slash", "/" }, { "ldots", "\xe2\x80\xa6" },
		{ "dots", "\xe2\x80\xa6" }, { "textellipsis", "\xe2\x80\xa6" },
		/* letters and signs bibutils' table lacks, or reads as a
		 * shorter command ("\o" of \oe) or wrongly (\textregistered
		 * as a macron) */
		{ "oe", "\xc5\x93" }, { "OE", "\xc5\x92" },
		{ "ij", "\xc4\xb3" }, { "IJ", "\xc4\xb2" },
		{ "ng", "\xc5\x8b" }, { "NG", "\xc5\x8a" },
		{ "th", "\xc3\xbe" }, { "TH", "\xc3\x9e" },
		{ "dh", "\xc3\xb0" }, { "DH", "\xc3\x90" },
		{ "dj", "\xc4\x91" }, { "DJ", "\xc4\x90" },
		{ "j", "\xc8\xb7" }, { "P", "\xc2\xb6" },
		{ "copyright", "\xc2\xa9" }, { "textregistered", "\xc2\xae" },
		{ "dag", "\xe2\x80\xa0" }, { "ddag", "\xe2\x80\xa1" },
		{ "euro", "\xe2\x82\xac" }, { "texteuro", "\xe2\x82\xac" },
		{ "guillemotleft", "\xc2\xab" },
		{ "guillemotright", "\xc2\xbb" },
		/* sizes, which are no text (not logos: see in_tex_text) */
		{ "Large", "" }, { "LARGE", "" }, { "Huge", "" },
	};
	size_t i;

	for (i = 0; i < sizeof words / sizeof words[0]; i++)
		if (strlen(words[i][0]) == n &&
		    memcmp(words[i][0], name, n) == 0)
			return words[i][1];
	return NULL;
}

/* bibutils' reading of TeX and UTF-8 into UTF-8 (what its str_convert
 * does from LaTeX to Unicode), token by token: its latex2char is asked
 * only where a token of its table can start. latex2char scans its whole
 * table (some thousand strncmp) for each backslash, quote, dash, ^, _, ~
 * and for each 'l' and 'L' (its "l\cdot" and "L\hspace..."), which
 * made str_convert most of the time of reading a .bib; an 'l' or 'L'
 * not before a backslash, and a '-' not before another, is itself, as in
 * str_convert (latex2char returns them so whatever follows). */
static int
tex_plain(const char *p)
{
	switch (*p) {
	case '\0': case '\\': case '\'': case '"': case '`': case '^':
	case '_': case '~':
		return 0;
	case 'l': case 'L':
		return p[1] != '\\';
	case '-':		/* its table's are "--" and "---" */
		return p[1] != '-';
	default:
		return ((unsigned char)*p & 0x80) == 0;
	}
}

/* At a backslash: a control word of command_text()'s, its text and its
 * length (the backslash counted); else NULL. */
static const char *
command_word(const char *p, size_t *n)
{
	size_t k = 1;

	while (isalpha((unsigned char)p[k]))
		k++;
	*n = k;
	return k > 1 ? command_text(p + 1, k - 1) : NULL;
}

static void
tex_unicode(char *s, struct buf *out)
{
	const char *word;
	size_t n;
	unsigned char enc[6];
	unsigned int pos = 0, start, ch;
	int unicode;

	buf_add(out, "", 0);
	for (;;) {
		for (start = pos; tex_plain(s + pos); pos++)
			continue;
		buf_add(out, s + start, pos - start);
		if (s[pos] == '\0')
			break;
		if ((unsigned char)s[pos] & 0x80) {
			ch = utf8_decode(s, &pos);
		} else if (s[pos] == '\\' &&
		    (word = command_word(s + pos, &n)) != NULL) {
			buf_adds(out, word);	/* citeq's own table first */
			pos += (unsigned int)n;
			continue;
		} else {
			start = pos;
			ch = latex2char(s, &pos, &unicode);
			if (s[start] == '\\' && pos > start + 1 &&
			    isalpha((unsigned char)s[pos - 1]) &&
			    isalpha((unsigned char)s[pos])) {
				/* the start of a longer control word ("\o"
				 * of \oe, "\i" of \iota, "\L" of \Large):
				 * not that command; left for in_tex_text */
				for (pos = start + 1;
				    isalpha((unsigned char)s[pos]); pos++)
					continue;
				buf_add(out, s + start, pos - start);
				continue;
			}
		}
		buf_add(out, (const char *)enc, (size_t)utf8_encode(ch, enc));
	}
}

/* The length of a quoting command and its opening brace at p
 * ("\mkbibquote {"), or 0. */
static size_t
quote_command(const char *p)
{
	static const char *const names[] = { "\\mkbibquote", "\\enquote" };
	size_t i, n, k;

	for (i = 0; i < sizeof names / sizeof names[0]; i++) {
		n = strlen(names[i]);
		if (strncmp(p, names[i], n) != 0 ||
		    isalpha((unsigned char)p[n]))
			continue;
		k = n + strspn(p + n, " ");
		if (p[k] == '{')
			return k + 1;
	}
	return 0;
}

char *
in_tex_text(const char *tex)
{
	struct buf b = { NULL, 0, 0 }, conv = { NULL, 0, 0 };
	const char *p, *mark = NULL, *word;
	int marked = 0, depth = 0, quote[8], nq = 0;
	size_t n;

	/* TeX's rules that bibutils does not follow: a control word takes
	 * the spaces after it ("1\textendash 2" is "1–2"), and \LaTeX is
	 * not \L (Ł) and "aTeX". biblatex's \mkbibquote{...} and csquotes'
	 * \enquote{...} are the text in quotes (as pandoc has them): the
	 * braces are counted until the one that closes the quote. */
	for (p = tex; *p != '\0'; p++) {
		size_t run = strcspn(p, nq > 0 ? "\\{}" : "\\");

		if (run > 0) {	/* up to the next command, as it is */
			buf_add(&b, p, run);
			p += run - 1;
			continue;
		}
		if (*p == '{') {
			depth++;
			buf_addc(&b, '{');
			continue;
		}
		if (*p == '}') {
			if (depth == quote[nq - 1]) {
				nq--;
				buf_adds(&b, nq == 0 ? "}\xe2\x80\x9d" :
				    "}\xe2\x80\x99");	/* ” ’ */
			} else {
				buf_addc(&b, '}');
			}
			depth--;
			continue;
		}
		if ((n = quote_command(p)) > 0 &&
		    nq < (int)(sizeof quote / sizeof quote[0])) {
			if (nq == 0)
				depth = 0;
			buf_adds(&b, nq == 0 ? "\xe2\x80\x9c{" : "\xe2\x80\x98{");
			quote[nq++] = ++depth;
			p += n - 1;
			continue;
		}
		if (*p == '\\' && p[1] == ' ') {
			buf_adds(&b, "{} ");	/* "\ ", a space */
			p++;
			continue;
		}
		if (*p != '\\' || !isalpha((unsigned char)p[1])) {
			buf_addc(&b, *p);
			if (*p == '\\' && p[1] != '\0')
				buf_addc(&b, *++p);
			continue;
		}
		if (strncmp(p, "\\LaTeX", 6) == 0) {
			buf_adds(&b, "{LaTeX}");
			p += 5;
		} else {
			while (isalpha((unsigned char)p[1]))
				buf_addc(&b, *p++);
			buf_addc(&b, *p);
		}
		if (p[1] == ' ') {
			buf_adds(&b, "{}");
			while (p[1] == ' ')
				p++;
		}
	}
	/* bibutils: accents ({\"u}, \"{u}, \'e), special characters (\ss,
	 * \o, \&), dashes (--, ---, \textendash), ~ and quotes, into UTF-8;
	 * only where there is something to convert */
	if (strpbrk(tex, "\\-~`'\"!?^_$<>") != NULL)
		tex_unicode(b.s != NULL ? b.s : "", &conv);
	else
		buf_add(&conv, b.s != NULL ? b.s : "", b.len);
	b.len = 0;
	buf_add(&b, "", 0);
	for (p = conv.s; *p != '\0'; p++) {
		size_t run = mark == NULL ? strcspn(p, "{}$~ \\") : 0;

		if (run > 0) {	/* text that stays as it is */
			buf_add(&b, p, run);
			p += run - 1;
			continue;
		}
		if (*p == '{' || *p == '}' || *p == '$')
			continue;
		if (*p == '~' || *p == ' ') {
			/* one space, as btparse collapses them */
			if (b.len > 0 && b.s[b.len - 1] != ' ')
				buf_addc(&b, ' ');
			continue;
		}
		if (*p != '\\') {
			buf_addc(&b, *p);
			/* an accent bibutils left ({\c{C}}): its mark after
			 * the whole character, composed below */
			if (mark != NULL && ((unsigned char)p[1] & 0xc0) !=
			    0x80 && *p != ' ') {
				buf_adds(&b, mark);
				mark = NULL;
				marked = 1;
			}
			continue;
		}
		/* What bibutils left: \command (dropped, its argument kept),
		 * \\ (a line break), or an escaped character */
		if (isalpha((unsigned char)p[1])) {
			const char *name = p + 1;
			size_t n;
			int logo = 0;

			while (isalpha((unsigned char)p[1]))
				logo |= isupper((unsigned char)*++p);
			n = (size_t)(p + 1 - name);
			if ((word = command_text(name, n)) != NULL)
				buf_adds(&b, word);
			else if (n == 1 && accent_mark(name, 1) != NULL)
				mark = accent_mark(name, 1);
			/* a logo (\TeX, \LaTeX, \BibTeX) is its name */
			else if (logo)
				buf_add(&b, name, n);
			if (p[1] == ' ')
				p++;
		} else if (p[1] == '\\') {
			buf_addc(&b, ' ');
			p++;
		} else if (p[1] != '\0' && accent_mark(p + 1, 1) != NULL) {
			mark = accent_mark(++p, 1);
		} else if (p[1] != '\0') {
			buf_addc(&b, *++p);
		}
	}
	free(conv.s);
	if (marked) {
		size_t n = 0;
		uint8_t *nfc = u8_normalize(UNINORM_NFC, (const uint8_t *)b.s,
		    b.len, NULL, &n);

		if (nfc != NULL) {
			free(b.s);
			b.s = xrealloc(nfc, n + 1);
			b.s[n] = '\0';
			b.len = n;
		}
	}
	return b.s;
}

/* ---- entries as read ---- */

struct bfield {
	const char *name;	/* lower case, the file's copy (struct bfile) */
	char *value;		/* TeX, macros expanded */
};

struct bentry {
	char *type;		/* lower case */
	char *key;
	unsigned long line;
	struct bfield *f;
	size_t n, cap;
	int xdata;		/* an @xdata entry: no row of its own */
};

/* Field names are looked up often in an entry's short list: most differ
 * in their first letter */
static int
same_name(const char *a, const char *b)
{
	return a[0] == b[0] && strcmp(a, b) == 0;
}

/* The entries of a file, in order. */
struct bfile {
	struct bentry *e;
	size_t n, cap;
	struct strmap keys;	/* key -> index + 1 */
	struct strmap names;	/* the field names met, one copy each */
	struct buf *macros;	/* @string's: "S" name NUL value NUL each */
};

/* Adds field name with value (malloc'd; taken, or freed if the entry has
 * the field already: the first of a repeated field counts). */
static void
entry_add(struct bfile *bf, struct bentry *e, const char *name, char *value)
{
	size_t i;
	int added;

	for (i = 0; i < e->n; i++)
		if (same_name(e->f[i].name, name)) {
			free(value);
			return;
		}
	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 32;
		e->f = xreallocarray(e->f, e->cap, sizeof *e->f);
	}
	e->f[e->n].name = strmap_get(&bf->names, name, strlen(name),
	    &added)->key;
	e->f[e->n].value = value;
	e->n++;
}

static const char *
entry_get(const struct bentry *e, const char *name)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		if (same_name(e->f[i].name, name))
			return e->f[i].value;
	return NULL;
}

static void
entry_free(struct bentry *e)
{
	size_t i;

	for (i = 0; i < e->n; i++)
		free(e->f[i].value);
	free(e->f);
	free(e->type);
	free(e->key);
}

static void
lower(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)tolower((unsigned char)*s);
}

/* ---- btparse's messages ---- */

/* btparse prints its warnings and errors on stderr (the child's, which
 * the parent reads: isolate.h); they are told as citeq's own
 * (FILE:LINE: what), the errors as errors. text is changed. */
static void
bt_messages(char *text, const char *name, struct diag_sink *d)
{
	char *line, *next, *p, *msg;
	unsigned long n;

	for (line = text; line != NULL && *line != '\0'; line = next) {
		if ((next = strchr(line, '\n')) != NULL)
			*next++ = '\0';
		n = 0;
		msg = line;
		if ((p = strstr(line, ", line ")) != NULL) {
			n = strtoul(p + 7, &msg, 10);
			msg += strspn(msg, ",: ");
		}
		if (strstr(msg, "warning: ") == msg) {
			msg += 9;
			/* a macro defined again (BibTeX says nothing), a
			 * string that may run away (it is read whole) */
			if (strstr(msg, "undefined macro") == NULL)
				continue;
			diag_warn(d, name, n, "%s", msg);
		} else {
			diag_error(d, name, n, "%s", msg);
		}
	}
}

/* ---- reading ---- */

static void
bt_once(void)
{
	static const char *const months[12][2] = {
		{ "jan", "January" }, { "feb", "February" },
		{ "mar", "March" }, { "apr", "April" }, { "may", "May" },
		{ "jun", "June" }, { "jul", "July" }, { "aug", "August" },
		{ "sep", "September" }, { "oct", "October" },
		{ "nov", "November" }, { "dec", "December" },
	};
	static int done;	/* btparse's own state is global */
	char m[4], v[16];
	int i;

	if (done)
		return;
	done = 1;
	bt_initialize();
	bt_set_stringopts(BTE_REGULAR, BTO_CONVERT | BTO_EXPAND | BTO_PASTE |
	    BTO_COLLAPSE);
	bt_set_stringopts(BTE_MACRODEF, BTO_CONVERT | BTO_EXPAND |
	    BTO_PASTE | BTO_COLLAPSE);
	for (i = 0; i < 12; i++) {
		snprintf(m, sizeof m, "%s", months[i][0]);
		snprintf(v, sizeof v, "%s", months[i][1]);
		bt_add_macro_text(m, v, NULL, 0);
	}
}

/* The macros an @string entry defines, as "S" name NUL value NUL. */
static void
add_macros(struct buf *b, AST *ast)
{
	AST *field = NULL;
	char *fname, *text;

	while ((field = bt_next_field(ast, field, &fname)) != NULL) {
		if (fname == NULL || (text = bt_get_text(field)) == NULL)
			continue;
		buf_addc(b, 'S');
		buf_add(b, fname, strlen(fname) + 1);
		buf_add(b, text, strlen(text) + 1);
		free(text);
	}
}

static void
read_entries(const char *buf, size_t len, const char *name,
    struct bfile *bf)
{
	FILE *fp;
	AST *ast, *field;
	boolean ok;
	char *fname, *text;
	struct bentry *e;
	int added;

	if (len == 0 || (fp = fmemopen((void *)buf, len, "r")) == NULL)
		return;
	/* btparse reads a character at a time; the stream is this
	 * function's alone, and no lock is needed */
	__fsetlocking(fp, FSETLOCKING_BYCALLER);
	while ((ast = bt_parse_entry(fp, (char *)name, 0, &ok)) != NULL) {
		if (ok && bt_entry_metatype(ast) == BTE_MACRODEF &&
		    bf->macros != NULL)
			add_macros(bf->macros, ast);
		if (!ok || bt_entry_metatype(ast) != BTE_REGULAR ||
		    bt_entry_type(ast) == NULL) {
			bt_free_ast(ast);
			continue;
		}
		if (bf->n == bf->cap) {
			bf->cap = bf->cap ? bf->cap * 2 : 256;
			bf->e = xreallocarray(bf->e, bf->cap, sizeof *bf->e);
		}
		e = &bf->e[bf->n];
		memset(e, 0, sizeof *e);
		e->type = xstrdup(bt_entry_type(ast));
		lower(e->type);
		e->key = xstrdup(bt_entry_key(ast) != NULL ?
		    bt_entry_key(ast) : "");
		e->line = ast->line > 0 ? (unsigned long)ast->line : 0;
		e->xdata = strcmp(e->type, "xdata") == 0;
		field = NULL;
		while ((field = bt_next_field(ast, field, &fname)) != NULL) {
			char lname[64];

			snprintf(lname, sizeof lname, "%s", fname);
			lower(lname);
			if ((text = bt_get_text(field)) == NULL)
				continue;
			entry_add(bf, e, lname, text);
		}
		bt_free_ast(ast);
		strmap_get(&bf->keys, e->key, strlen(e->key), &added);
		if (added)
			strmap_find(&bf->keys, e->key,
			    strlen(e->key))->value = bf->n + 1;
		bf->n++;
	}
	fclose(fp);
}

/* Types whose crossref parent is the book they are in: the parent's title
 * is their booktitle (biblatex's inheritance rules, the common part). */
static int
is_part_type(const char *t)
{
	static const char *const parts[] = { "incollection", "inbook",
		"bookinbook", "suppbook", "inproceedings", "inreference",
		"suppcollection", "conference", NULL };
	size_t i;

	for (i = 0; parts[i] != NULL; i++)
		if (strcmp(t, parts[i]) == 0)
			return 1;
	return 0;
}

/* Fields a child never takes from its parent. */
static int
not_inherited(const char *name)
{
	return strcmp(name, "crossref") == 0 || strcmp(name, "xdata") == 0 ||
	    strcmp(name, "ids") == 0 || strcmp(name, "entryset") == 0 ||
	    strcmp(name, "label") == 0 || strcmp(name, "shorthand") == 0;
}

static void
inherit(struct bfile *bf, struct bentry *e, const char *how, int depth)
{
	const struct strmap_entry *k;
	struct bentry *p;
	const char *parent;
	char *list, *item, *save;
	size_t i;

	if (depth > 8 || (parent = entry_get(e, how)) == NULL)
		return;
	list = xstrdup(parent);
	for (item = strtok_r(list, ",", &save); item != NULL;
	    item = strtok_r(NULL, ",", &save)) {
		item += strspn(item, " ");
		item[strcspn(item, " ")] = '\0';
		if ((k = strmap_find(&bf->keys, item, strlen(item))) == NULL)
			continue;
		p = &bf->e[k->value - 1];
		if (p == e)
			continue;
		inherit(bf, p, "xdata", depth + 1);
		inherit(bf, p, "crossref", depth + 1);
		for (i = 0; i < p->n; i++) {
			const char *name = p->f[i].name;

			if (not_inherited(name))
				continue;
			if (strcmp(how, "crossref") == 0 &&
			    is_part_type(e->type)) {
				if (strcmp(name, "title") == 0)
					name = "booktitle";
				else if (strcmp(name, "subtitle") == 0)
					name = "booksubtitle";
				else if (strcmp(name, "author") == 0 &&
				    strcmp(e->type, "inbook") == 0)
					name = "bookauthor";
			}
			entry_add(bf, e, name, xstrdup(p->f[i].value));
		}
	}
	free(list);
}

/* ---- entries as rows ---- */

/* The text of values met again in a file (a journal, a macro such as
 * Beebe's acknowledgement, a person's name) is made once; long values
 * (abstracts) are seldom the same and are not kept. */
#define TEX_CACHE_MAX 1024

struct tex_cache {
	struct strmap map;	/* TeX -> index + 1 into text */
	char **text;
	size_t n, cap;
};

static char *
tex_text(struct tex_cache *tc, const char *tex)
{
	struct strmap_entry *en;
	size_t len = strlen(tex);
	int added;

	if (len > TEX_CACHE_MAX)
		return in_tex_text(tex);
	en = strmap_get(&tc->map, tex, len, &added);
	if (added) {
		if (tc->n == tc->cap) {
			tc->cap = tc->cap ? tc->cap * 2 : 256;
			tc->text = xreallocarray(tc->text, tc->cap,
			    sizeof *tc->text);
		}
		tc->text[tc->n] = in_tex_text(tex);
		en->value = ++tc->n;
	}
	return xstrdup(tc->text[en->value - 1]);
}

static void
tex_cache_free(struct tex_cache *tc)
{
	size_t i;

	for (i = 0; i < tc->n; i++)
		free(tc->text[i]);
	free(tc->text);
	strmap_free(&tc->map);
}

struct rowctx {
	struct in_table *t;
	const struct bentry *e;
	unsigned char *used;	/* per field of e: in a role's column */
	const char *name;	/* the file, for btparse's name messages */
	struct tex_cache *tc;
};

/* The TeX text of field name, marked as used; NULL if the entry has none. */
static char *
take(struct rowctx *c, const char *name)
{
	size_t i;

	for (i = 0; i < c->e->n; i++)
		if (same_name(c->e->f[i].name, name)) {
			c->used[i] = 1;
			return tex_text(c->tc, c->e->f[i].value);
		}
	return NULL;
}

static void
set(struct rowctx *c, const char *col, const char *v)
{
	if (v != NULL)
		in_table_set(c->t, col, v, strlen(v));
}

/* set(), the value (malloc'd, or NULL) taken */
static void
put(struct rowctx *c, const char *col, char *v)
{
	if (v != NULL)
		in_table_put(c->t, col, v);
}

/* name, or name and its subtitle as "Title: Subtitle". */
static char *
take_titled(struct rowctx *c, const char *name, const char *sub)
{
	char *t = take(c, name), *s = take(c, sub), *both;
	size_t n;

	if (t == NULL || s == NULL || *s == '\0') {
		free(s);
		return t;
	}
	n = strlen(t) + strlen(s) + 3;
	both = xmalloc(n);
	snprintf(both, n, "%s%s %s", t, strchr(".?!:", t[strlen(t) - 1]) !=
	    NULL && t[0] != '\0' ? "" : ":", s);
	free(t);
	free(s);
	return both;
}

/* A list of names ("A and B and others") as "Family, Given; Family,
 * Given", each name's parts as btparse splits them (First von Last, von
 * Last, First, von Last, Jr, First). */
static void
set_names(struct rowctx *c, const char *col, const char *field)
{
	struct buf out = { NULL, 0, 0 }, one = { NULL, 0, 0 };
	bt_stringlist *list;
	bt_name *nm;
	const char *raw = NULL;
	size_t i;
	int j, part;
	static const bt_namepart order[] = { BTN_VON, BTN_LAST, BTN_JR,
	    BTN_FIRST };
	char *copy, *text;

	for (i = 0; i < c->e->n; i++)
		if (same_name(c->e->f[i].name, field)) {
			c->used[i] = 1;
			raw = c->e->f[i].value;
		}
	if (raw == NULL)
		return;
	copy = xstrdup(raw);
	list = bt_split_list(copy, "and", (char *)c->name,
	    (int)c->e->line, "name");
	free(copy);
	if (list == NULL)
		return;
	for (i = 0; i < (size_t)list->num_items; i++) {
		if (list->items[i] == NULL ||
		    strcmp(list->items[i], "others") == 0)
			continue;
		nm = bt_split_name(list->items[i], (char *)c->name,
		    (int)c->e->line, (int)i);
		if (nm == NULL)
			continue;
		one.len = 0;
		buf_add(&one, "", 0);
		for (part = 0; part < 4; part++) {
			bt_namepart np = order[part];

			if (nm->part_len[np] == 0)
				continue;
			if (np == BTN_JR || (np == BTN_FIRST && one.len > 0))
				buf_adds(&one, ", ");
			else if (one.len > 0)
				buf_addc(&one, ' ');
			for (j = 0; j < nm->part_len[np]; j++) {
				if (j > 0)
					buf_addc(&one, ' ');
				buf_adds(&one, nm->parts[np][j]);
			}
		}
		bt_free_name(nm);
		text = tex_text(c->tc, one.s);
		if (*text != '\0') {
			if (out.len > 0)
				buf_adds(&out, "; ");
			buf_adds(&out, text);
		}
		free(text);
	}
	bt_free_list(list);
	if (out.len > 0)
		in_table_set(c->t, col, out.s, out.len);
	free(out.s);
	free(one.s);
}

/* date (biblatex, ISO 8601 with "/" for a range), or year, month, day. */
static void
set_date(struct rowctx *c, const char *col, const char *datef,
    const char *yearf, const char *monthf, const char *dayf)
{
	char *date = take(c, datef), *year, *month = NULL, *day = NULL;
	char buf[64];
	int m, d = 0;

	if (date != NULL) {
		set(c, col, date);
		free(date);
		return;
	}
	if (yearf == NULL || (year = take(c, yearf)) == NULL)
		return;
	month = take(c, monthf);
	day = take(c, dayf);
	m = month != NULL ? date_month_number(month) : 0;
	if (day != NULL)
		d = atoi(day);
	if (strlen(year) == 4 && strspn(year, "0123456789") == 4 && m > 0) {
		if (d >= 1 && d <= 31)
			snprintf(buf, sizeof buf, "%s-%02d-%02d", year, m, d);
		else
			snprintf(buf, sizeof buf, "%s-%02d", year, m);
		set(c, col, buf);
	} else {
		set(c, col, year);
	}
	free(year);
	free(month);
	free(day);
}

/* langid, language or hyphenation (babel's names) as an ISO 639-1 code. */
static void
set_lang(struct rowctx *c)
{
	static const char *const babel[][2] = {
		{ "american", "en" }, { "british", "en" },
		{ "usenglish", "en" }, { "ukenglish", "en" },
		{ "australian", "en" }, { "canadian", "en" },
		{ "newzealand", "en" }, { "ngerman", "de" },
		{ "austrian", "de" }, { "naustrian", "de" },
		{ "swissgerman", "de" }, { "nswissgerman", "de" },
		{ "brazil", "pt" }, { "brazilian", "pt" },
		{ "portuges", "pt" }, { "francais", "fr" },
		{ "acadian", "fr" }, { "canadien", "fr" },
		{ "polutonikogreek", "el" }, { "nynorsk", "nn" },
		{ "norsk", "nb" }, { "bahasa", "id" },
	};
	const char *fields[] = { "langid", "language", "hyphenation" };
	const char *code = NULL;
	char *v[3], *p;
	size_t i, k, n;

	for (i = 0; i < 3; i++)
		v[i] = take(c, fields[i]);
	for (i = 0; i < 3 && code == NULL; i++) {
		if (v[i] == NULL)
			continue;
		/* the first of "english and german" */
		p = v[i] + strspn(v[i], " ");
		n = strcspn(p, ",;");
		if (strstr(p, " and ") != NULL &&
		    (size_t)(strstr(p, " and ") - p) < n)
			n = (size_t)(strstr(p, " and ") - p);
		for (k = 0; k < sizeof babel / sizeof babel[0]; k++)
			if (strlen(babel[k][0]) == n &&
			    strncasecmp(p, babel[k][0], n) == 0)
				code = babel[k][1];
		if (code == NULL)
			code = lang_code(p, n);
	}
	if (code != NULL)
		set(c, "lang", code);
	else
		for (i = 0; i < 3; i++)
			if (v[i] != NULL) {
				set(c, "lang", v[i]);
				break;
			}
	for (i = 0; i < 3; i++)
		free(v[i]);
}

/* The entry type as citeq's type column names it: the names of reference
 * managers that the bibliographic formats know (cite_work), or the entry
 * type itself. */
static const char *
row_type(const struct bentry *e)
{
	static const char *const map[][2] = {
		{ "book", "book" }, { "mvbook", "book" },
		{ "collection", "book" }, { "mvcollection", "book" },
		{ "proceedings", "book" }, { "mvproceedings", "book" },
		{ "reference", "book" }, { "mvreference", "book" },
		{ "incollection", "bookSection" }, { "inbook", "bookSection" },
		{ "bookinbook", "bookSection" }, { "suppbook", "bookSection" },
		{ "inreference", "bookSection" },
		{ "suppcollection", "bookSection" },
		{ "inproceedings", "conferencePaper" },
		{ "conference", "conferencePaper" },
		{ "online", "webpage" }, { "www", "webpage" },
		{ "electronic", "webpage" },
	};
	const char *sub;
	size_t i;

	if (strcmp(e->type, "article") == 0) {
		sub = entry_get(e, "entrysubtype");
		if (sub != NULL && strcmp(sub, "newspaper") == 0)
			return "newspaperArticle";
		if (sub != NULL && strcmp(sub, "magazine") == 0)
			return "magazineArticle";
		return "journalArticle";
	}
	for (i = 0; i < sizeof map / sizeof map[0]; i++)
		if (strcmp(e->type, map[i][0]) == 0)
			return map[i][1];
	return e->type;
}

/* The labels of the phrases "Label: value. Label: value" that citeq's
 * BibLaTeX writer puts in the note for what the entry's type has no field
 * for (out_bibtex.c), and their columns. */
static const char *const note_labels[][2] = {
	{ "Source", "source" }, { "Series", "series" },
	{ "Publisher", "publisher" }, { "Place", "place" },
	{ "Edition", "edition" }, { "Volume", "volume" },
	{ "Issue", "issue" }, { "Pages", "pages" }, { "ISBN", "isbn" },
	{ "ISSN", "issn" }, { "DOI", "doi" }, { "PMID", "pmid" },
	{ "URL", "url" }, { "Format", "format" },
};

/* The column of the label that p starts with ("Volume: "), and the
 * label's length with its ": "; NULL if none. */
static const char *
note_label(const char *p, size_t *n)
{
	size_t i, k;

	for (i = 0; i < sizeof note_labels / sizeof note_labels[0]; i++) {
		k = strlen(note_labels[i][0]);
		if (strncmp(p, note_labels[i][0], k) == 0 &&
		    p[k] == ':' && p[k + 1] == ' ') {
			*n = k + 2;
			return note_labels[i][1];
		}
	}
	return NULL;
}

/* Does p start the archive note citeq's writer adds (cite_archive_note)? */
static int
archive_phrase(const char *p)
{
	return strncmp(p, "Archived", 8) == 0 || strcmp(p, "Dead link") == 0 ||
	    strncmp(p, "Dead link. ", 11) == 0;
}

/* "Archived at URL on DATE. Dead link" (each part optional) as the
 * archive columns; the rest of the note after it, or p if it is not one. */
static char *
set_archive(struct rowctx *c, char *p)
{
	char *q;
	size_t n;

	if (strncmp(p, "Archived", 8) == 0 && (p[8] == '\0' ||
	    strncmp(p + 8, ". ", 2) == 0 || strncmp(p + 8, " at ", 4) == 0 ||
	    strncmp(p + 8, " on ", 4) == 0)) {
		p += 8;
		if (strncmp(p, " at ", 4) == 0) {
			p += 4;
			n = strcspn(p, " ");
			in_table_set(c->t, "archive_url", p, n);
			p += n;
		}
		if (strncmp(p, " on ", 4) == 0) {
			p += 4;
			q = strstr(p, ". ");
			n = q != NULL ? (size_t)(q - p) : strlen(p);
			in_table_set(c->t, "archive_date", p, n);
			p += n;
		}
		if (*p == '.' && p[1] == ' ')
			p += 2;
	}
	if (strncmp(p, "Dead link", 9) == 0 && (p[9] == '\0' ||
	    strncmp(p + 9, ". ", 2) == 0)) {
		in_table_set(c->t, "url_status", "dead", 4);
		p += p[9] == '\0' ? 9 : 11;
	}
	return p;
}

/* The note: its leading phrases of citeq's own labels are the fields they
 * name, and an archive note after them the archive's columns (so that
 * what -f bibtex writes reads back as the same row); what follows stays
 * the note. A phrase ends where ". Label: " or ". Archived" starts the
 * next. An ISBN or ISSN beside one already read is another of them. */
static void
set_note(struct rowctx *c)
{
	char *note = take(c, "note"), *p, *end, *q;
	const char *col, *had;
	struct buf both = { NULL, 0, 0 };
	size_t n, k;

	if (note == NULL)
		return;
	p = note;
	while ((col = note_label(p, &n)) != NULL) {
		for (end = strstr(p + n, ". "); end != NULL;
		    end = strstr(end + 1, ". "))
			if (note_label(end + 2, &k) != NULL ||
			    archive_phrase(end + 2))
				break;
		q = end != NULL ? end : p + strlen(p);
		had = in_table_get(c->t, col);
		if (had != NULL && strcmp(col, "isbn") != 0 &&
		    strcmp(col, "issn") != 0)
			break;
		both.len = 0;
		if (had != NULL) {
			buf_adds(&both, had);
			buf_addc(&both, ' ');
		}
		buf_add(&both, p + n, (size_t)(q - (p + n)));
		in_table_set(c->t, col, both.s, both.len);
		p = end != NULL ? end + 2 : q;
	}
	if (archive_phrase(p))
		p = set_archive(c, p);
	set(c, "note", p);
	free(both.s);
	free(note);
}

static void
entry_row(struct in_table *t, const struct bentry *e, const char *name,
    struct tex_cache *tc)
{
	struct rowctx c = { t, e, xcalloc(e->n + 1, 1), name, tc };
	char *v, *w;
	size_t i;

	in_table_row(t, e->line);
	set(&c, "id", e->key);
	set(&c, "type", row_type(e));
	set_names(&c, "author", "author");
	set_names(&c, "editor", "editor");
	/* An issue of a periodical is its issuetitle, in the periodical
	 * (its title) */
	w = NULL;
	if (strcmp(e->type, "periodical") == 0 &&
	    (v = take_titled(&c, "issuetitle", "issuesubtitle")) != NULL)
		w = take_titled(&c, "title", "subtitle");
	else
		v = take_titled(&c, "title", "subtitle");
	put(&c, "title", v);
	/* The source: the journal, the book or proceedings, or who issued
	 * a report, a thesis, a web page */
	if ((v = w) == NULL &&
	    (v = take_titled(&c, "journaltitle", "journalsubtitle")) == NULL)
		v = take(&c, "journal");
	if (v == NULL)
		v = take_titled(&c, "booktitle", "booksubtitle");
	if (v == NULL && (v = take(&c, "institution")) == NULL &&
	    (v = take(&c, "school")) == NULL &&
	    (v = take(&c, "organization")) == NULL)
		v = take(&c, "howpublished");
	put(&c, "source", v);
	set_date(&c, "date", "date", "year", "month", "day");
	set_date(&c, "access_date", "urldate", NULL, NULL, NULL);
	set_lang(&c);
	/* Fields that are a role under another name */
	{
		static const char *const same[][2] = {
			{ "url", "url" }, { "doi", "doi" }, { "isbn", "isbn" },
			{ "issn", "issn" }, { "volume", "volume" },
			{ "number", "issue" }, { "issue", "issue" },
			{ "pages", "pages" }, { "location", "place" },
			{ "address", "place" }, { "publisher", "publisher" },
			{ "series", "series" }, { "edition", "edition" },
			{ "abstract", "abstract" },
		};

		for (i = 0; i < sizeof same / sizeof same[0]; i++) {
			if (in_table_get(t, same[i][1]) != NULL)
				continue;
			v = take(&c, same[i][0]);
			put(&c, same[i][1], v);
		}
	}
	set_note(&c);
	/* keywords: "a, b" as a list, "a; b" */
	if ((v = take(&c, "keywords")) != NULL) {
		struct buf k = { NULL, 0, 0 };
		char *item, *save;

		for (item = strtok_r(v, ",;", &save); item != NULL;
		    item = strtok_r(NULL, ",;", &save)) {
			item += strspn(item, " ");
			if (*item == '\0')
				continue;
			if (k.len > 0)
				buf_adds(&k, "; ");
			buf_adds(&k, item);
		}
		if (k.len > 0)
			in_table_set(t, "keywords", k.s, k.len);
		free(k.s);
		free(v);
	}
	w = (char *)entry_get(e, "eprinttype");
	if (w != NULL && strcasecmp(w, "pubmed") == 0 &&
	    (v = take(&c, "eprint")) != NULL) {
		put(&c, "pmid", v);
	}
	/* The others under their own names; "type" (a thesis's type, ...)
	 * is not the entry's type. */
	for (i = 0; i < e->n; i++) {
		const char *col = e->f[i].name;

		if (c.used[i])
			continue;
		if (strcmp(col, "type") == 0)
			col = "genre";
		else if (in_table_get(t, col) != NULL)
			continue;
		v = tex_text(c.tc, e->f[i].value);
		put(&c, col, v);
	}
	free(c.used);
}

/* A file's entries into bf, each with what it inherits (xdata,
 * crossref); macros, if not NULL, gets the file's @string definitions.
 * Returns the mended copy of buf that was read (mend.h), or NULL. */
static char *
load_entries(const char *buf, size_t len, const char *name,
    struct bfile *bf, struct buf *macros, struct diag_sink *d)
{
	char *mended;
	size_t i;

	if ((mended = mend_utf8(buf, &len, 1, name, d)) != NULL)
		buf = mended;
	memset(bf, 0, sizeof *bf);
	bf->macros = macros;
	strmap_init(&bf->keys);
	strmap_init(&bf->names);
	bt_once();
	read_entries(buf, len, name, bf);
	for (i = 0; i < bf->n; i++) {
		inherit(bf, &bf->e[i], "xdata", 0);
		inherit(bf, &bf->e[i], "crossref", 0);
	}
	return mended;
}

/* Frees what load_entries() made, the entries already freed one by one. */
static void
bfile_free(struct bfile *bf)
{
	free(bf->e);
	strmap_free(&bf->keys);
	strmap_free(&bf->names);
}

/* Reads the entries into t: what the child process does. */
static void
read_bib(const char *buf, size_t len, const char *name, struct in_table *t,
    struct buf *macros, struct diag_sink *d)
{
	struct bfile bf;
	struct tex_cache tc = { .text = NULL, .n = 0, .cap = 0 };
	char *mended = load_entries(buf, len, name, &bf, macros, d);
	size_t i;

	strmap_init(&tc.map);
	/* each entry has what it inherits: its memory can go with its row */
	for (i = 0; i < bf.n; i++) {
		if (!bf.e[i].xdata)
			entry_row(t, &bf.e[i], name, &tc);
		entry_free(&bf.e[i]);
	}
	bfile_free(&bf);
	tex_cache_free(&tc);
	free(mended);
}

/* ---- the child process (isolate.h) ----
 * It writes on its pipe what the parent needs, in order: "M" level line
 * " " message NUL for each message, "S" name NUL value NUL for each
 * @string, "F" line " " finding NUL for each --check finding, and last
 * "C" and the CSV of the table. btparse's own messages come on its
 * stderr. */

struct job {
	const char *buf, *name;
	size_t len;
};

/* A message is sent at once: it reaches the parent even when btparse
 * then ends the child. */
static void
send_message(void *arg, enum diag_level level, const char *file,
    unsigned long line, const char *msg)
{
	const int *fd = arg;
	char head[32];

	(void)file;		/* the job's */
	snprintf(head, sizeof head, "M%d%lu ", (int)level, line);
	(void)isolate_write(*fd, head, strlen(head));
	(void)isolate_write(*fd, msg, strlen(msg) + 1);
}

static void
read_child(void *arg, int fd)
{
	const struct job *j = arg;
	struct buf b = { NULL, 0, 0 };
	struct diag_sink d = { .emit = send_message, .arg = &fd };
	struct in_table *t = in_table_new();
	char *csv;
	size_t n;

	read_bib(j->buf, j->len, j->name, t, &b, &d);
	csv = in_table_csv(t, &n);
	in_table_free(t);
	buf_addc(&b, 'C');
	buf_add(&b, csv, n);
	free(csv);
	(void)isolate_write(fd, b.s, b.len);
	free(b.s);
}

/* The parent's side: the messages, @string macros (defined for the next
 * files) and findings the child sent; the CSV after "C", or NULL. */
static const char *
receive(const char *p, const char *end, const char *name,
    struct diag_sink *d, void (*finding)(void *, unsigned long,
    const char *), void *arg)
{
	struct errcatch quiet;
	const char *z, *v;
	char *q;
	unsigned long line;
	int level;

	while (p < end && *p != 'C') {
		if ((z = memchr(p, '\0', (size_t)(end - p))) == NULL)
			return NULL;
		if (*p == 'M' || *p == 'F') {
			level = *p == 'M' ? p[1] - '0' : 0;
			line = strtoul(p + (*p == 'M' ? 2 : 1), &q, 10);
			q += *q == ' ';
			if (*p == 'F')
				finding(arg, line, q);
			else if (level >= 0 && level < DIAG__COUNT)
				diag_report(d, (enum diag_level)level, name,
				    line, "%s", q);
		} else if (*p == 'S') {
			v = z + 1;
			if ((z = memchr(v, '\0', (size_t)(end - v))) == NULL)
				return NULL;
			/* BibTeX's rule: a macro holds for the files read
			 * after its own; btparse warns of one redefined */
			errcatch_begin(&quiet);
			bt_once();
			bt_add_macro_text((char *)p + 1, (char *)v, NULL, 0);
			errcatch_end(&quiet);
			errcatch_free(&quiet);
		} else {
			return NULL;
		}
		p = z + 1;
	}
	return p < end ? p + 1 : NULL;
}

/* The child's end told, when it did not end well: btparse gave up. */
static int
child_failed(const struct isolated *res, const char *name,
    struct diag_sink *d)
{
	char why[64];

	if (isolate_failure(res, why, sizeof why) == NULL)
		return 0;
	diag_error(d, name, 0, "btparse gave up on the file (%s): none of its "
	    "entries is read", why);
	return 1;
}

char *
in_bibtex(const char *buf, size_t len, const char *name, size_t *csvlen,
    struct diag_sink *d)
{
	struct job j = { buf, name, len };
	struct isolated res;
	struct in_table *t;
	const char *csv = NULL;
	char *out;

	if (isolate(read_child, &j, &res) < 0) {
		diag_error(d, name, 0, "cannot start a process to read it: %s",
		    strerror(errno));
	} else {
		csv = receive(res.out, res.out + res.outlen, name, d, NULL,
		    NULL);
		bt_messages(res.err, name, d);
		if (child_failed(&res, name, d))
			csv = NULL;
		else if (csv == NULL)
			diag_error(d, name, 0, "the .bib reader's process "
			    "ended before it sent the entries");
	}
	if (csv != NULL) {
		/* the CSV moved to the front of what was read: no copy */
		*csvlen = (size_t)(res.out + res.outlen - csv);
		memmove(res.out, csv, *csvlen);
		res.out[*csvlen] = '\0';	/* isolate() leaves a byte */
		out = res.out;
		res.out = NULL;
	} else {
		t = in_table_new();
		out = in_table_csv(t, csvlen);
		in_table_free(t);
	}
	isolated_free(&res);
	return out;
}

/* ---- --check ---- */

/* The fields biblatex requires of its common entry types (the biblatex
 * manual, 2.1.1), and of BibTeX's own; "a|b" is either. date is met by
 * year, journaltitle by journal, institution by school (BibTeX's names). */
static const char *const required[][2] = {
	{ "article", "author title journaltitle date" },
	{ "book", "author title date" },
	{ "mvbook", "author title date" },
	{ "inbook", "author title booktitle date" },
	{ "bookinbook", "author title date" },
	{ "suppbook", "author title booktitle date" },
	{ "booklet", "author|editor title date" },
	{ "collection", "editor title date" },
	{ "mvcollection", "editor title date" },
	{ "incollection", "author title booktitle date" },
	{ "suppcollection", "author title booktitle date" },
	{ "dataset", "author|editor title date" },
	{ "manual", "author|editor title date" },
	{ "misc", "author|editor title date" },
	{ "online", "author|editor title date url|doi|eprint" },
	{ "patent", "author title number date" },
	{ "periodical", "editor title date" },
	{ "proceedings", "title date" },
	{ "mvproceedings", "title date" },
	{ "inproceedings", "author title booktitle date" },
	{ "conference", "author title booktitle date" },
	{ "reference", "editor title date" },
	{ "mvreference", "editor title date" },
	{ "inreference", "author title booktitle date" },
	{ "report", "author title type institution date" },
	{ "techreport", "author title institution date" },
	{ "thesis", "author title type institution date" },
	{ "mastersthesis", "author title institution date" },
	{ "phdthesis", "author title institution date" },
	{ "unpublished", "author title date" },
};

static int
entry_has(const struct bentry *e, const char *name, size_t n)
{
	static const char *const also[][2] = {
		{ "date", "year" }, { "journaltitle", "journal" },
		{ "institution", "school" },
	};
	const char *v;
	char one[32];
	size_t i;

	if (n >= sizeof one)
		return 0;
	memcpy(one, name, n);
	one[n] = '\0';
	if ((v = entry_get(e, one)) != NULL && v[strspn(v, " ")] != '\0')
		return 1;
	for (i = 0; i < sizeof also / sizeof also[0]; i++)
		if (strcmp(one, also[i][0]) == 0)
			return entry_has(e, also[i][1], strlen(also[i][1]));
	return 0;
}

/* The fields of list (required[]) that e lacks, as "a, b or c"; 0 if
 * none. */
static int
lacks(const struct bentry *e, const char *list, struct buf *out)
{
	const char *p = list, *alt;
	size_t n, k;
	int found, missing = 0;

	out->len = 0;
	buf_add(out, "", 0);
	while (*p != '\0') {
		n = strcspn(p, " ");
		for (found = 0, alt = p; alt < p + n; alt += k + 1) {
			k = strcspn(alt, "| ");
			found |= entry_has(e, alt, k);
			if (alt[k] != '|')
				break;
		}
		if (!found) {
			if (missing++ > 0)
				buf_adds(out, ", ");
			for (alt = p; alt < p + n; alt++)
				buf_add(out, *alt == '|' ? " or " : alt,
				    *alt == '|' ? 4 : 1);
		}
		p += n + strspn(p + n, " ");
	}
	return missing;
}

/* The findings of --check: what its child process does. */
static void
check_child(void *arg, int fd)
{
	const struct job *j = arg;
	struct bfile bf;
	struct buf what = { NULL, 0, 0 }, b = { NULL, 0, 0 };
	char head[32], *mended;
	size_t i, k;

	/* a bad byte is told when the file is read for its rows */
	mended = load_entries(j->buf, j->len, j->name, &bf, NULL, NULL);
	for (i = 0; i < bf.n; i++) {
		const struct bentry *e = &bf.e[i];

		for (k = 0; k < sizeof required / sizeof required[0]; k++)
			if (strcmp(e->type, required[k][0]) == 0)
				break;
		if (k < sizeof required / sizeof required[0] &&
		    lacks(e, required[k][1], &what) > 0) {
			snprintf(head, sizeof head, "F%lu ", e->line);
			buf_adds(&b, head);
			buf_adds(&b, "@");
			buf_adds(&b, e->type);
			buf_adds(&b, " '");
			buf_adds(&b, e->key);
			buf_adds(&b, "' lacks what its type requires: ");
			buf_add(&b, what.s, strlen(what.s) + 1);
		}
		entry_free(&bf.e[i]);
	}
	buf_addc(&b, 'C');
	(void)isolate_write(fd, b.s, b.len);
	free(b.s);
	free(what.s);
	bfile_free(&bf);
	free(mended);
}

struct counted {
	void (*finding)(void *, unsigned long, const char *);
	void *arg;
	int n;
};

static void
count_finding(void *arg, unsigned long line, const char *msg)
{
	struct counted *c = arg;

	c->finding(c->arg, line, msg);
	c->n++;
}

int
in_bibtex_check(const char *buf, size_t len, const char *name,
    void (*finding)(void *, unsigned long line, const char *msg), void *arg)
{
	struct job j = { buf, name, len };
	struct counted c = { finding, arg, 0 };
	struct isolated res;

	/* what btparse says, and a child that fails, are told when the
	 * file is read for its rows */
	if (isolate(check_child, &j, &res) < 0)
		return 0;
	(void)receive(res.out, res.out + res.outlen, name, NULL,
	    count_finding, &c);
	isolated_free(&res);
	return c.n;
}
