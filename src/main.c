/* citeq: look up references in a CSV of citations. This file is the front
 * end: it reads the environment and the options, builds the query plan
 * and hands it to the printer or the pager; `citeq import` has its own
 * (import_main.c). */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "cli.h"
#include "display.h"
#include "options.h"
#include "pager.h"
#include "plan.h"
#include "query.h"

void
cli_emit(void *arg, enum diag_level level, const char *file,
    unsigned long line, const char *msg)
{
	char *s = diag_format(level, file, line, msg);

	(void)arg;
	fflush(stdout);
	fputs(s, stderr);
	free(s);
}

/* A --check finding: "FILE:LINE: what", on standard output. */
static void
print_finding(void *arg, const char *file, unsigned long line,
    const char *msg)
{
	struct buf b = { NULL, 0, 0 };
	char num[32];

	(void)arg;
	display_safe(&b, file, strlen(file));
	snprintf(num, sizeof num, ":%lu: ", line);
	buf_adds(&b, num);
	display_safe(&b, msg, strlen(msg));
	buf_addc(&b, '\n');
	fputs(b.s, stdout);
	buf_free(&b);
}

/* --check: findings on standard output; 0 when clean, 1 with findings. */
static int
run_check(const struct options *opt, struct diag_sink *d)
{
	long findings = 0;
	size_t i;

	for (i = 0; i < opt->ninputs; i++)
		findings += check_input(&opt->inputs[i], print_finding, NULL,
		    d);
	if (fflush(stdout) != 0 && errno != EPIPE)
		diag_error(d, NULL, 0, "write error: %s", strerror(errno));
	return diag_failed(d) ? 2 : findings ? 1 : 0;
}

/* The query: the plan printed, or paged. */
static int
run_query(const struct options *opt, struct diag_sink *d)
{
	struct out out = { .fp = stdout };
	int paged = opt->pager != PAGER_NEVER && !opt->count &&
	    opt->action == ACT_QUERY;
	struct plan plan;
	long matched = -1;

	if (plan_open(&plan, opt, paged, d) == 0) {
		if (opt->action == ACT_COLUMNS) {
			matched = query_columns(&plan, &out);
		} else if (paged) {
			struct pager_opts po;

			po.only_if_long = opt->pager == PAGER_AUTO;
			po.bidi = opt->bidi;
			matched = pager_run(&plan, &po, d);
		} else {
			matched = query_run(&plan, &out, d);
		}
	}
	plan_close(&plan);
	diag_flush(d);		/* problems found on many rows, once each */
	if (out_finish(&out) != 0 && out.err != EPIPE) {
		diag_error(d, NULL, 0, "write error: %s", strerror(out.err));
		return 2;
	}
	return diag_status(d, matched);
}

static int
print_and_exit(const char *a, const char *const *more)
{
	fputs(a, stdout);
	for (; more != NULL && *more != NULL; more++)
		fputs(*more, stdout);
	return fflush(stdout) == 0 ? 0 : 2;
}

int
main(int argc, char **argv)
{
	struct diag_sink diag = { .emit = cli_emit, .arg = NULL };
	struct options opt;
	struct env env;
	int status;

	/* A closed pipe shows up as EPIPE from write(), handled above. */
	signal(SIGPIPE, SIG_IGN);
	if (argc > 1 && strcmp(argv[1], "import") == 0)
		return import_main(argc - 1, argv + 1);

	env_read(&env);
	if (options_parse(&opt, argc, argv, &env, &diag) != 0) {
		options_free(&opt);
		return 2;
	}
	diag.strict = opt.strict;
	switch (opt.action) {
	case ACT_HELP:
		status = print_and_exit(options_synopsis, options_help);
		break;
	case ACT_VERSION:
		status = print_and_exit("citeq " CITEQ_VERSION "\n", NULL);
		break;
	case ACT_CHECK:
		status = run_check(&opt, &diag);
		break;
	case ACT_QUERY:
	case ACT_COLUMNS:
	default:
		status = run_query(&opt, &diag);
		break;
	}
	options_free(&opt);
	return status;
}
