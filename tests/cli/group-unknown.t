$ citeq -G nope
? 2
! citeq: --group-by: no column 'nope'
