$ citeq -F id,title ragged.csv
? 2
> id,title
> 1,ok
> 3,short
! citeq: ragged.csv:3: row has 4 fields, the header has 3
