# -v: the rows for which the whole filter does not hold. "talks" is in
# rows 1, 3, 4 and 10; Arabic rows are 5, 6 and 11.
$ citeq -v -g talks -F id search.csv
> id
> 2
> 5
> 6
> 7
> 8
> 9
> F1
> 11
$ citeq -v -l ar -g talks -c search.csv
> 12
$ citeq --invert-match -l en -g talks -F id search.csv
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
$ citeq -v -i 1-11,F1 -c search.csv
? 1
> 0
