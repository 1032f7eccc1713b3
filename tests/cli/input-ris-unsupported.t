# Formats not read yet are errors, not CSV.
$ printf 'TY  - JOUR\nTI  - X\nER  - \n' | citeq -c
? 2
> 0
! citeq: (standard input): reading ris is not implemented yet; convert it to BibTeX or CSL-JSON first
