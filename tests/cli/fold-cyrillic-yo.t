# Cyrillic ё is е: row 7 (title Ёлка и ёж, author Ёлкин, Пётр).
$ citeq -t елка -F id search.csv
> id
> 7
$ citeq -a 'елкин, петр' -F id search.csv
> id
> 7
$ citeq -t ЁЖ -F id search.csv
> id
> 7
