# -w: whole words only. "syria" is a word in row 10 ("Syria."); not in
# "Syrian", nor in "Syria_Today" (the underscore is a word character).
$ citeq -w -g syria -F id search.csv
> id
> 10
$ citeq -w -t talks -c search.csv
> 4
$ citeq -w -E -g 'syria(n)?' -F id search.csv
> id
> 10
$ citeq -w -t 'ёж' -F id search.csv
> id
> 7
