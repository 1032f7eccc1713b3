/* Option values from a fixed set, compared as people type them: "Citation",
 * "JSON" and "Never" name citation, json and never. */
#ifndef CITEQ_CHOICE_H
#define CITEQ_CHOICE_H

/* The index of value in choices (a NULL-terminated array), compared
 * without regard to ASCII case; -1 if it is none of them. */
int choice_index(const char *value, const char *const *choices);

#endif
