/* Links between rows: a fact cites references (its cites column holds
 * their ids, ";"-separated); a reference is cited by the facts that name
 * it. Columns are found by their roles (id, kind, cites). */
#ifndef CITEQ_LINKS_H
#define CITEQ_LINKS_H

#include "record.h"
#include "roles.h"

enum link_dir {
	LINKS_NONE,		/* the schema has no id, kind or cites */
	LINKS_CITES,		/* a fact: the references it cites */
	LINKS_CITED_BY		/* a reference: the facts citing it */
};

/* Which way row r links, under the roles of its schema. */
enum link_dir links_dir(const struct roles *, const struct record *r);
/* Is other linked from r, in the direction links_dir() gave for r? */
int links_match(const struct roles *, const struct record *r,
    enum link_dir, const struct record *other);

#endif
