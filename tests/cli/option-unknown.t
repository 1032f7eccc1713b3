$ citeq --frobnicate
? 2
! citeq: unknown option '--frobnicate' (see citeq --help)
