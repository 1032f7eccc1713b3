$ citeq --live -c
> 51
