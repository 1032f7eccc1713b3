#include "links.h"

#include <string.h>

#include "list.h"

static int
field_is(const struct field *f, const char *s)
{
	return f->len == strlen(s) && memcmp(f->s, s, f->len) == 0;
}

enum link_dir
links_dir(const struct roles *rs, const struct record *r)
{
	if (!roles_has(rs, ROLE_ID) || !roles_has(rs, ROLE_KIND) ||
	    !roles_has(rs, ROLE_CITES))
		return LINKS_NONE;
	if (field_is(role_value(rs, r, ROLE_KIND), "fact"))
		return role_value(rs, r, ROLE_CITES)->len > 0 ? LINKS_CITES :
		    LINKS_NONE;
	return LINKS_CITED_BY;
}

int
links_match(const struct roles *rs, const struct record *r,
    enum link_dir dir, const struct record *other)
{
	const struct field *kind = role_value(rs, other, ROLE_KIND);
	const struct field *id, *cites;

	switch (dir) {
	case LINKS_CITES:
		id = role_value(rs, other, ROLE_ID);
		cites = role_value(rs, r, ROLE_CITES);
		return field_is(kind, "citation") && id->len > 0 &&
		    list_has(cites->s, cites->len, id->s, id->len);
	case LINKS_CITED_BY:
		id = role_value(rs, r, ROLE_ID);
		cites = role_value(rs, other, ROLE_CITES);
		return field_is(kind, "fact") && id->len > 0 &&
		    list_has(cites->s, cites->len, id->s, id->len);
	case LINKS_NONE:
	default:
		return 0;
	}
}
