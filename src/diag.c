#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void
diag_error(struct diag_sink *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (d == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof msg, fmt, ap);
	va_end(ap);
	d->errors++;
	if (d->emit != NULL)
		d->emit(d->arg, file, line, msg);
}

void
diag_warn(struct diag_sink *d, const char *file, unsigned long line,
    const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	if (d == NULL)
		return;
	memcpy(msg, "warning: ", 9);
	va_start(ap, fmt);
	vsnprintf(msg + 9, sizeof msg - 9, fmt, ap);
	va_end(ap);
	d->warnings++;
	if (d->emit != NULL)
		d->emit(d->arg, file, line, msg);
}
