$ citeq -c -G lang
? 2
! citeq: --count and --group-by exclude each other (see citeq --help)
