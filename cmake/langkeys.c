/* Build-time generator: langkeys LOCALEDIR OUT
 *
 * Writes OUT, the C table lang_keys[] (lang.h): the names of the languages
 * of lang_table[], folded as fold() folds text, so that lang_code() folds
 * only what it looks up. First the English names, then the name of each
 * language in itself: iso-codes translates the ISO 639-2 names in
 * LOCALEDIR/LL/LC_MESSAGES/iso_639-2.mo, and the translation of "German" in
 * the locale "de" is "Deutsch". Only locales named by the bare ISO 639-1
 * code are read ("pt", not "pt_BR"): a regional locale's name of its
 * language is not the language's own name.
 *
 * A .mo file (GNU gettext's binary catalogue) is: a magic number that also
 * tells the byte order, a revision, the number of strings N, the offsets O
 * and T of two tables of N (length, offset) pairs, for the original and
 * the translated strings; each string ends with a NUL. */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fold.h"
#include "lang.h"

#define MO_MAGIC	0x950412deu
#define MO_MAGIC_SWAPPED 0xde120495u

struct mo {
	unsigned char *data;
	size_t size;
	int swap;
	uint32_t n, orig, trans;
};

static uint32_t
get32(const struct mo *m, size_t off)
{
	const unsigned char *p = m->data + off;
	uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 |
	    (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;

	if (m->swap)
		v = (v >> 24) | ((v >> 8) & 0xff00u) | ((v << 8) & 0xff0000u) |
		    (v << 24);
	return v;
}

/* Reads path into m: 1 if read, 0 if there is no such file; exits on a
 * file that is not a .mo file. */
static int
mo_read(struct mo *m, const char *path)
{
	FILE *fp = fopen(path, "rb");
	size_t cap = 0;
	uint32_t magic;

	memset(m, 0, sizeof *m);
	if (fp == NULL) {
		if (errno == ENOENT)
			return 0;
		perror(path);
		exit(1);
	}
	for (;;) {
		if (m->size == cap) {
			cap = cap ? cap * 2 : 65536;
			if ((m->data = realloc(m->data, cap)) == NULL) {
				perror("langkeys");
				exit(1);
			}
		}
		m->size += fread(m->data + m->size, 1, cap - m->size, fp);
		if (m->size < cap)
			break;
	}
	if (ferror(fp)) {
		perror(path);
		exit(1);
	}
	fclose(fp);
	if (m->size < 20)
		goto bad;
	magic = get32(m, 0);
	if (magic == MO_MAGIC_SWAPPED)
		m->swap = 1;
	else if (magic != MO_MAGIC)
		goto bad;
	if (get32(m, 4) >> 16 > 1)	/* major revision 0 or 1 */
		goto bad;
	m->n = get32(m, 8);
	m->orig = get32(m, 12);
	m->trans = get32(m, 16);
	if (m->orig > m->size || m->trans > m->size ||
	    m->n > (m->size - m->orig) / 8 || m->n > (m->size - m->trans) / 8)
		goto bad;
	return 1;
bad:
	fprintf(stderr, "langkeys: %s: not a .mo file this program reads\n",
	    path);
	exit(1);
}

/* String i of the table at off: its bytes and length, checked. */
static const char *
mo_string(const struct mo *m, uint32_t table, uint32_t i, size_t *len)
{
	uint32_t n = get32(m, table + 8 * (size_t)i);
	uint32_t off = get32(m, table + 8 * (size_t)i + 4);

	if (off > m->size || n >= m->size - off || m->data[off + n] != '\0') {
		fprintf(stderr, "langkeys: a string of a .mo file runs out\n");
		exit(1);
	}
	*len = n;
	return (const char *)m->data + off;
}

/* The translation of msgid, or NULL. */
static const char *
mo_lookup(const struct mo *m, const char *msgid, size_t *len)
{
	size_t idlen = strlen(msgid), n;
	uint32_t i;

	for (i = 0; i < m->n; i++) {
		const char *s = mo_string(m, m->orig, i, &n);

		if (n == idlen && memcmp(s, msgid, n) == 0) {
			s = mo_string(m, m->trans, i, len);
			return *len > 0 ? s : NULL;
		}
	}
	return NULL;
}

/* s as a C string literal; the bytes of UTF-8 are kept as they are. */
static void
put_literal(FILE *fp, const char *s, size_t n)
{
	size_t i;

	fputc('"', fp);
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == '"' || c == '\\')
			fprintf(fp, "\\%c", c);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\%03o", c);
		else
			fputc(c, fp);
	}
	fputc('"', fp);
}

static size_t
count_commas(const char *s, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += s[i] == ',';
	return k;
}

/* The folded names that hold a comma, one "; "-separated variant each. */
struct commas {
	struct {
		const char *code;
		char *name;
	} *v;
	size_t n, most;
};

static void
keep_commas(struct commas *c, const char *code, const char *names)
{
	const char *p = names, *end;
	size_t len;

	for (;;) {
		end = strstr(p, "; ");
		len = end ? (size_t)(end - p) : strlen(p);
		if (memchr(p, ',', len) != NULL) {
			if ((c->v = realloc(c->v, (c->n + 1) * sizeof *c->v)) ==
			    NULL || (c->v[c->n].name = malloc(len + 1)) == NULL) {
				perror("langkeys");
				exit(1);
			}
			memcpy(c->v[c->n].name, p, len);
			c->v[c->n].name[len] = '\0';
			c->v[c->n++].code = code;
			if (count_commas(p, len) > c->most)
				c->most = count_commas(p, len);
		}
		if (end == NULL)
			return;
		p = end + 2;
	}
}

/* One key: the folded names, and the names as written in a comment. */
static void
put_key(FILE *fp, const char *code, const char *names, size_t n,
    struct commas *c)
{
	struct foldbuf fb = { NULL, 0, 0 };
	size_t i;

	fold(&fb, names, n);
	fprintf(fp, "  {\"%s\", ", code);
	put_literal(fp, fb.s, fb.len);
	fputs("},", fp);
	if (fb.len != n || memcmp(fb.s, names, n) != 0) {
		fputs("\t/* ", fp);
		for (i = 0; i < n; i++)	/* no comment ends early */
			fputc(names[i] == '*' ? '+' : names[i], fp);
		fputs(" */", fp);
	}
	fputc('\n', fp);
	keep_commas(c, code, fb.s);
	foldbuf_free(&fb);
}

int
main(int argc, char **argv)
{
	const char *localedir, *out;
	char *tmp, *path;
	struct commas c = { NULL, 0, 0 };
	size_t i, len;
	FILE *fp;

	if (argc != 3) {
		fprintf(stderr, "usage: langkeys LOCALEDIR OUT\n");
		return 2;
	}
	localedir = argv[1];
	out = argv[2];
	tmp = malloc(strlen(out) + 5);
	path = malloc(strlen(localedir) + 64);
	if (tmp == NULL || path == NULL) {
		perror("langkeys");
		return 1;
	}
	sprintf(tmp, "%s.tmp", out);
	if ((fp = fopen(tmp, "w")) == NULL) {
		perror(tmp);
		return 1;
	}
	fprintf(fp, "/* Generated by cmake/langkeys.c from the iso-codes "
	    "package: do not edit. */\n#include \"lang.h\"\n"
	    "const struct lang_key lang_keys[] = {\n"
	    "  /* English names */\n");
	for (i = 0; i < lang_table_len; i++)
		put_key(fp, lang_table[i].code, lang_table[i].name,
		    strlen(lang_table[i].name), &c);
	fprintf(fp, "  /* Names in the language itself, from %s/LL/"
	    "LC_MESSAGES/iso_639-2.mo */\n", localedir);
	for (i = 0; i < lang_table_len; i++) {
		const struct lang_entry *e = &lang_table[i];
		const char *own;
		struct mo m;

		sprintf(path, "%s/%.3s/LC_MESSAGES/iso_639-2.mo", localedir,
		    e->code);
		if (!mo_read(&m, path))
			continue;
		own = mo_lookup(&m, e->name, &len);
		if (own != NULL && (len != strlen(e->name) ||
		    memcmp(own, e->name, len) != 0))
			put_key(fp, e->code, own, len, &c);
		free(m.data);
	}
	fprintf(fp, "};\nconst size_t lang_keys_len = sizeof lang_keys / "
	    "sizeof lang_keys[0];\n\n"
	    "const struct lang_key lang_comma_names[] = {\n");
	for (i = 0; i < c.n; i++) {
		fprintf(fp, "  {\"%s\", ", c.v[i].code);
		put_literal(fp, c.v[i].name, strlen(c.v[i].name));
		fputs("},\n", fp);
		free(c.v[i].name);
	}
	free(c.v);
	/* Never empty: ISO C has no empty initialiser lists. */
	if (c.n == 0)
		fputs("  {\"\", \",\"},\n", fp);
	fprintf(fp, "};\nconst size_t lang_comma_names_len = %zu;\n"
	    "const size_t lang_comma_names_most = %zu;\n", c.n, c.most);
	if (ferror(fp) || fclose(fp) != 0) {
		perror(tmp);
		return 1;
	}
	if (rename(tmp, out) != 0) {
		perror(out);
		return 1;
	}
	free(tmp);
	free(path);
	return 0;
}
