# A value that starts with '!' must not hold. search.csv has it (1), fr
# (2, 9), en (3, 4, 10), ar (5, 6, 11), ru (7), es (8) and F1 with no
# language.
$ citeq -l '!en' -F id search.csv
> id
> 1
> 2
> 5
> 6
> 7
> 8
> 9
> F1
> 11
$ citeq -l '!en,ar,fr' -F id search.csv
> id
> 1
> 7
> 8
> F1
$ citeq -l fr -l '!en' -F id search.csv
> id
> 2
> 9
