#include "errcatch.h"

#include <stdlib.h>

void
errcatch_begin(struct errcatch *c)
{
	c->text = NULL;
	c->len = 0;
	c->saved = stderr;
	if ((c->mem = open_memstream(&c->text, &c->len)) != NULL)
		stderr = c->mem;
}

void
errcatch_end(struct errcatch *c)
{
	if (c->mem == NULL)
		return;
	stderr = c->saved;
	fclose(c->mem);
	c->mem = NULL;
}

void
errcatch_free(struct errcatch *c)
{
	free(c->text);
	c->text = NULL;
	c->len = 0;
}
