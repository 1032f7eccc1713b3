# --any: one filter is enough. Facts: F1; Russian: 7; "syria" in the
# source: 9 and 10.
$ citeq --any -k fact -l ru -s syria -F id search.csv
> id
> 7
> 9
> F1
> 10
$ citeq --any --since 2018 --until 2015 -F id search.csv
> id
> 7
> 8
> 9
> 11
$ citeq --any -v -k fact -l ru -c search.csv
> 10
