# BibLaTeX written by citeq reads back to the same BibLaTeX, through a pipe (told by content).
$ citeq -f bibtex refs.bib | citeq -f bibtex | citeq -F id,title,date
? 0
> id,title,date
> muller2019dna,DNA repair in École – a study,2019-07
> smith2001chapter,A Chapter,2001-05/2001-07
> anon2001whole,The Whole Book,2001-05/2001-07
