$ citeq -l ru nolang.csv
? 2
! citeq: nolang.csv:1: no column 'lang' (needed by --lang)
