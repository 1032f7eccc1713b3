$ cat mini.csv | citeq -l ru -F id
> id
> 2
