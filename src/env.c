#include "env.h"

#include <langinfo.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

void
env_read(struct env *e)
{
	struct winsize ws;
	struct stat st;

	e->columns = getenv("COLUMNS");
	e->no_color = getenv("NO_COLOR");
	e->term = getenv("TERM");
	e->pager = getenv("CITEQ_PAGER");
	e->plain = getenv("CITEQ_PLAIN");
	e->simd = getenv("CITEQ_SIMD");
	e->threads = getenv("CITEQ_THREADS");
	e->tmpdir = getenv("TMPDIR");
	e->stdout_tty = isatty(STDOUT_FILENO);
	e->stdin_data = fstat(STDIN_FILENO, &st) == 0 &&
	    (S_ISFIFO(st.st_mode) || S_ISREG(st.st_mode) ||
	    S_ISSOCK(st.st_mode));
	/* The character set of LC_ALL, LC_CTYPE or LANG; the program itself
	 * stays in the C locale (its text is UTF-8 bytes whatever it is). */
	e->utf8 = setlocale(LC_CTYPE, "") != NULL &&
	    strcmp(nl_langinfo(CODESET), "UTF-8") == 0;
	setlocale(LC_CTYPE, "C");
	e->tty_cols = e->tty_rows = 0;
	if (e->stdout_tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) {
		e->tty_cols = ws.ws_col;
		e->tty_rows = ws.ws_row;
	}
}
