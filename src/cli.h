/* What the two front ends (main.c: queries; import_main.c: citeq import)
 * share: the sink that prints diagnostics on standard error. */
#ifndef CITEQ_CLI_H
#define CITEQ_CLI_H

#include "diag.h"

/* Prints a message as diag_format() shapes it, after flushing standard
 * output so that the two keep their order. */
void cli_emit(void *arg, enum diag_level, const char *file,
    unsigned long line, const char *msg);

/* citeq import: its own options; returns the exit status. */
int import_main(int argc, char **argv);

#endif
