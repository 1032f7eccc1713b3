/* Citation Style 1 out: each reference as Wikipedia renders it, in a
 * numbered list ("  2. ^ Putz, Catherine (29 May 2015). ..."), which citeq
 * import reads back. Facts are left out. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cite.h"
#include "cs1.h"
#include "out.h"
#include "xalloc.h"

static char *
value(const struct roles *rs, const struct record *r, enum role role)
{
	const struct field *f = role_value(rs, r, role);

	return xstrndup(f->s, f->len);
}

static void
wiki_row(struct out *o, const struct view *v, const struct record *r,
    size_t row)
{
	const struct roles *rs = v->roles;
	enum role roles[] = { ROLE_ID, ROLE_AUTHOR, ROLE_TITLE, ROLE_SOURCE,
	    ROLE_DATE, ROLE_LANG, ROLE_ACCESS_DATE, ROLE_ARCHIVE_DATE,
	    ROLE_URL_STATUS, ROLE_FORMAT, ROLE_NOTE, ROLE_URL, ROLE_PUBLISHER,
	    ROLE_PLACE, ROLE_DOI, ROLE_ISBN, ROLE_ISSN, ROLE_VOLUME,
	    ROLE_ISSUE, ROLE_PAGES, ROLE_EDITOR };
	struct cs1_fields f;
	char *s[sizeof roles / sizeof roles[0]], num[32];
	const struct field *kind;
	struct buf b = { NULL, 0, 0 };
	size_t i;

	if (rs == NULL)
		return;
	kind = role_value(rs, r, ROLE_KIND);
	if (kind->len == 4 && memcmp(kind->s, "fact", 4) == 0)
		return;
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++)
		s[i] = value(rs, r, roles[i]);
	/* citeq import reads numbers: other ids ("TLPSUXB5") give way to
	 * the position */
	snprintf(num, sizeof num, "%zu", row + 1);
	buf_adds(&b, "  ");
	buf_adds(&b, *s[0] && strspn(s[0], "0123456789") == strlen(s[0]) &&
	    strlen(s[0]) < 10 ? s[0] : num);
	buf_adds(&b, ". ^ ");
	f.authors = s[1];
	f.title = s[2];
	f.source = s[3];
	f.date = s[4];
	f.lang = s[5];
	f.access_date = s[6];
	f.archive_date = s[7];
	f.url_status = s[8];
	f.format = s[9];
	f.note = s[10];
	f.url = s[11];
	f.publisher = s[12];
	f.place = s[13];
	f.doi = s[14];
	f.isbn = s[15];
	f.issn = s[16];
	f.volume = s[17];
	f.issue = s[18];
	f.pages = s[19];
	f.editor = s[20];
	cs1_render(&b, &f);
	while (b.len > 0 && b.s[b.len - 1] == ' ')
		b.len--;		/* an empty entry: "  33. ^" */
	out_write(o, b.s, b.len);
	out_putc(o, '\n');
	buf_free(&b);
	for (i = 0; i < sizeof roles / sizeof roles[0]; i++)
		free(s[i]);
}

const struct formatter out_wiki = { NULL, wiki_row, NULL };
