$ citeq -c -l ar
> 9
