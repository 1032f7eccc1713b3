/* Helpers shared by the unit tests. cmocka needs these includes first. */
#ifndef CITEQ_TEST_HELPERS_H
#define CITEQ_TEST_HELPERS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "diag.h"
#include "record.h"

/* A schema from a comma-separated header (no quoting). */
static inline void
make_schema(struct schema *s, const char *header)
{
	const char *p = header, *c;

	schema_init(s);
	for (;;) {
		c = strchr(p, ',');
		schema_add(s, p, c ? (size_t)(c - p) : strlen(p));
		if (c == NULL)
			break;
		p = c + 1;
	}
}

/* A record of n values, NULL-terminated list. */
static inline struct record *
make_row(const char *first, ...)
{
	const char *vals[64];
	size_t n = 0;
	va_list ap;

	vals[n++] = first;
	va_start(ap, first);
	while (n < 64 && (vals[n] = va_arg(ap, const char *)) != NULL)
		n++;
	va_end(ap);
	return record_make(n, vals);
}

/* A diagnostics sink that remembers the last message. */
struct captured {
	char msg[1024];
	char file[256];
	unsigned long line;
	enum diag_level level;
};

static inline void
capture(void *arg, enum diag_level level, const char *file,
    unsigned long line, const char *msg)
{
	struct captured *c = arg;

	if (c == NULL)
		return;
	c->level = level;
	snprintf(c->msg, sizeof c->msg, "%s", msg);
	snprintf(c->file, sizeof c->file, "%s", file ? file : "");
	c->line = line;
}

#endif
