# A value of --doi that is no DOI, and -K on a file without keywords.
$ citeq --doi foo
? 2
! citeq: --doi: not a DOI: 'foo' (such as 10.1038/nature12373 or https://doi.org/10.1038/...)
$ citeq -K x
? 2
! citeq: (built-in):1: no column 'keywords' (needed by --keyword)
