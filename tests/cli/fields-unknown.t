$ citeq -F id,nope
? 2
! citeq: --fields: no column 'nope'
