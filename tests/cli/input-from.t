# --from forces a format (standard input here, with no name to hint).
$ citeq --from=bibtex -c < refs.bib
? 0
> 3
