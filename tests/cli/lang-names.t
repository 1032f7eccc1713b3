$ citeq -l Russian,arabic -l KK -F id,lang
> id,lang
> 5,ru
> 7,ar
> 11,kk
> 12,ar
> 13,ru
> 15,ru
> 17,ar
> 18,ar
> 22,ar
> 30,ar
> 34,ar
> 37,ru
> 38,ar
> F2,ar
