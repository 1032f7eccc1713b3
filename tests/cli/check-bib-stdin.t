# The same through --from from standard input: the rows' findings alone
# (what entries lack needs the file named).
$ citeq --check --from=bibtex < check/lint.bib
? 1
> (standard input):3: duplicate id 'dup' (first on line 2)
> (standard input):9: bad DOI 'doi:10.1038 x'
> (standard input):9: ISBN '978-0-521-00000-1' has a wrong check digit
> (standard input):9: ISSN '0028-0837' has a wrong check digit
