# Em and en dashes (row 3: "Peace talks — Geneva – round 2") are '-'.
$ citeq -t 'talks - geneva - round' -F id search.csv
> id
> 3
$ citeq -t 'talks ‐ geneva' -c search.csv
> 1
