$ citeq -F id unterminated.csv
? 2
> id
> 1
! citeq: unterminated.csv:3: unterminated quoted field
