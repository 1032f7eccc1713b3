$ citeq -l
? 2
! citeq: option '-l' needs a value (see citeq --help)
