/* libFuzzer: every output format on rows read from any CSV. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "csvread.h"
#include "out.h"
#include "roles.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const struct formatter *const fmts[] = {
		&out_csv, &out_tsv, &out_json, &out_jsonl, &out_bibtex,
		&out_csl, &out_ris, &out_wiki
	};
	struct csvr *r = csvr_open_mem(data, size, "fuzz");
	struct rowset rows = { NULL, 0, 0 };
	struct record row;
	struct schema s;
	struct roles rs;
	size_t *cols = NULL, i, k;
	struct out o = { .fp = fopen("/dev/null", "w") };
	struct table_opts topts = { 40, 1, 1, 0 };

	schema_init(&s);
	if (o.fp == NULL)
		__builtin_trap();
	if (csvr_next(r, &row) == CSVR_ROW) {
		for (i = 0; i < row.n; i++)
			schema_add(&s, row.f[i].s, row.f[i].len);
		while (csvr_next(r, &row) == CSVR_ROW && rows.n < 200) {
			if (row.n != s.n)
				continue;
			rowset_push(&rows, record_dup(&row));
		}
	}
	if (s.n >= 2) {		/* as -G's table has them: bars, numbers */
		schema_set_flags(&s, 0, COLUMN_EMPTY_VALUE);
		schema_set_flags(&s, s.n - 1, COLUMN_NUMBER | COLUMN_COUNT);
	}
	cols = calloc(s.n + 1, sizeof *cols);
	for (i = 0; i < s.n; i++)
		cols[i] = i;
	roles_bind(&rs, &s);
	{
		struct view v = { &s, cols, s.n, &rs };

		for (k = 0; k < sizeof fmts / sizeof fmts[0]; k++) {
			if (fmts[k]->begin)
				fmts[k]->begin(&o, &v);
			for (i = 0; i < rows.n; i++)
				fmts[k]->row(&o, &v, rows.v[i], i);
			if (fmts[k]->end)
				fmts[k]->end(&o, &v, rows.n);
		}
		out_table(&o, &v, rows.v, rows.n, &topts);
	}
	fclose(o.fp);
	free(cols);
	rowset_free(&rows);
	schema_free(&s);
	csvr_close(r);
	return 0;
}
