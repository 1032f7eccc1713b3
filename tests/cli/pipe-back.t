$ citeq -l ru | citeq --since 2017 -F id,date
> id,date
> 5,2019-05-11
> 37,2017-01-05
