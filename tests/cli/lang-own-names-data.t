# Names in the language itself in the data, a list of them.
$ citeq -l FRANÇAIS -F id lang-names.csv
> id
> 5
