/* libFuzzer: citeq import on any text, and -f wiki on what it makes. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "import.h"
#include "out.h"
#include "roles.h"

static struct langguess *guess;

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	guess = langguess_new();
	return 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rowset rows = { NULL, 0, 0 };
	struct schema s;
	struct roles rs;
	size_t cols[COL__COUNT + IMPORT_EXTRA], i;
	struct view v = { &s, cols, COL__COUNT + IMPORT_EXTRA, &rs };
	struct out o = { .fp = fopen("/dev/null", "w") };

	if (guess == NULL || o.fp == NULL)
		__builtin_trap();
	schema_init(&s);
	for (i = 0; i < COL__COUNT + IMPORT_EXTRA; i++) {
		const char *name = i < COL__COUNT ? col_names[i] :
		    import_extra[i - COL__COUNT];

		schema_add(&s, name, strlen(name));
		cols[i] = i;
	}
	roles_bind(&rs, &s);
	if (import_text("fuzz", (const char *)data, size, guess, "en", &rows,
	    NULL) == 0)
		for (i = 0; i < rows.n; i++)
			out_wiki.row(&o, &v, rows.v[i], i);
	fclose(o.fp);
	rowset_free(&rows);
	schema_free(&s);
	return 0;
}
