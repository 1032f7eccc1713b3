# The same from standard input, with --from or named "-" (known by its
# content): the same findings as for the file named (check-bib.t, worked
# through by hand), under the name standard input goes by.
$ citeq --check --from=bibtex < check/lint.bib
? 1
> (standard input):3: duplicate id 'dup' (first on line 2)
> (standard input):4: @article 'nojournal' lacks what its type requires: journaltitle
> (standard input):5: @book 'bare' lacks what its type requires: author, date
> (standard input):6: @online 'web' lacks what its type requires: author or editor, url or doi or eprint
> (standard input):9: bad DOI 'doi:10.1038 x'
> (standard input):9: ISBN '978-0-521-00000-1' has a wrong check digit
> (standard input):9: ISSN '0028-0837' has a wrong check digit
> (standard input):12: @thesis 'th' lacks what its type requires: type
$ citeq --check - < check/lint.bib
? 1
> (standard input):3: duplicate id 'dup' (first on line 2)
> (standard input):4: @article 'nojournal' lacks what its type requires: journaltitle
> (standard input):5: @book 'bare' lacks what its type requires: author, date
> (standard input):6: @online 'web' lacks what its type requires: author or editor, url or doi or eprint
> (standard input):9: bad DOI 'doi:10.1038 x'
> (standard input):9: ISBN '978-0-521-00000-1' has a wrong check digit
> (standard input):9: ISSN '0028-0837' has a wrong check digit
> (standard input):12: @thesis 'th' lacks what its type requires: type
