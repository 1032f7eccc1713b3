$ citeq --check nope.csv unterminated.csv; echo "status $?"
> status 2
! citeq: nope.csv: No such file or directory
! citeq: unterminated.csv:3: unterminated quoted field
