$ citeq -k citation -d 2019..2020 -S lang,-id -F id,lang
> id,lang
> 34,ar
> 18,ar
> 17,ar
> 12,ar
> 35,en
> 31,en
> 5,ru
