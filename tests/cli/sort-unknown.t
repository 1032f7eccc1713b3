$ citeq -S nope
? 2
! citeq: --sort: no column 'nope'
