# --check on a .bib with nothing to tell: exit 0, nothing printed.
$ printf '@article{a, author = {Able, Ann}, title = {T}, journal = {J}, year = 2001}\n' | citeq --check --from=bibtex
