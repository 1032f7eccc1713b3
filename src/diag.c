#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static void
report(struct diag_sink *d, const char *file, unsigned long line,
    const char *prefix, const char *fmt, va_list ap)
{
	char msg[1024];
	size_t n = strlen(prefix);

	memcpy(msg, prefix, n);
	vsnprintf(msg + n, sizeof msg - n, fmt, ap);
	if (d->emit != NULL)
		d->emit(d->arg, file, line, msg);
}

void
diag_error(struct diag_sink *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;

	if (d == NULL)
		return;
	d->errors++;
	va_start(ap, fmt);
	report(d, file, line, "", fmt, ap);
	va_end(ap);
}

void
diag_warn(struct diag_sink *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	va_list ap;

	if (d == NULL)
		return;
	d->warnings++;
	va_start(ap, fmt);
	report(d, file, line, "warning: ", fmt, ap);
	va_end(ap);
}
