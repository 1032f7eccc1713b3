# -E: text filters take PCRE2 patterns, any case, on the folded text:
# syri(a|e) is in rows 2 (syrienne), 9 (Syria_Today) and 10 in any field;
# ^sant'egidio$ folds Sant’Egidio (row 1's title starts with it) and
# [’] in a class folds too.
$ citeq -E -g 'syri(a|e)' -F id search.csv
> id
> 2
> 9
> 10
$ citeq -E -t "^sant'egidio " -F id search.csv
> id
> 1
$ citeq -E -t "sant[’]egidio" -F id search.csv
> id
> 1
$ citeq -E -t 'ё+лка|^мух' -F id search.csv
> id
> 7
$ citeq --regex -s '^the .+ times$' -F id search.csv
> id
> 4
