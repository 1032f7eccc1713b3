$ citeq -F id nope.csv mini.csv
? 2
> id
> 1
> 2
! citeq: nope.csv: No such file or directory
