# --check on a .bib (check/lint.bib, worked through by hand): line 3 a
# key used again; line 4 an @article without journaltitle (or journal);
# line 5 a @book without author and date (or year); line 6 an @online
# without author or editor, and without url, doi or eprint; line 7 an
# @inproceedings whose booktitle and date come from its crossref (line 8):
# nothing; line 9 (the entry's first line) a DOI not of the 10.NNNN/ form,
# an ISBN and an ISSN with wrong check digits; line 11 a @set, which has no
# title: nothing; line 12 a biblatex @thesis without its type; line 13 a
# BibTeX @phdthesis, whose school is its institution: nothing.
$ citeq --check check/lint.bib
? 1
> check/lint.bib:3: duplicate id 'dup' (first on line 2)
> check/lint.bib:4: @article 'nojournal' lacks what its type requires: journaltitle
> check/lint.bib:5: @book 'bare' lacks what its type requires: author, date
> check/lint.bib:6: @online 'web' lacks what its type requires: author or editor, url or doi or eprint
> check/lint.bib:9: bad DOI 'doi:10.1038 x'
> check/lint.bib:9: ISBN '978-0-521-00000-1' has a wrong check digit
> check/lint.bib:9: ISSN '0028-0837' has a wrong check digit
> check/lint.bib:12: @thesis 'th' lacks what its type requires: type
