# -w: "talk" is in four titles of search.csv, always as part of "talks".
$ citeq -w -t talk -c search.csv
? 1
> 0
