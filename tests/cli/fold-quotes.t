# Typographic quotes and apostrophes fold to ASCII ones, in the data and
# in the text looked for: rows 1 (Sant’Egidio, U+2019 twice), 2 (“syrienne”)
# and 9 (l'avenir, an ASCII apostrophe) of search.csv.
$ citeq -s "sant'egidio" -F id search.csv
> id
> 1
$ citeq -t '"syrienne"' -F id search.csv
> id
> 2
$ citeq -t 'l’avenir' -F id search.csv
> id
> 9
