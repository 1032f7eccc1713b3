# Negated text filters are filters of their own: no "talks" in the title
# (1, 3, 4 and 10 have it), and neither "talks" nor "syria" (10 has both;
# 2 has "syrienne"). "\!" stands for a leading '!': F1 is "!Kung people".
$ citeq -t '!talks' -F id search.csv
> id
> 2
> 5
> 6
> 7
> 8
> 9
> F1
> 11
$ citeq -t '!talks' -t '!syri' -F id search.csv
> id
> 5
> 6
> 7
> 8
> 9
> F1
> 11
$ citeq -t '\!kung' -F id search.csv
> id
> F1
$ citeq -k '!citation' -F id search.csv
> id
> F1
$ citeq -d '!2016..2017' -F id search.csv
> id
> 7
> 8
> 9
> F1
> 10
> 11
$ citeq -i '!1-9' -c search.csv
> 3
