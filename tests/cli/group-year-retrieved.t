$ citeq --date-field=retrieved -G year -f table
> year  count
>       34
> 2020  12
> 2019  3
> 2022  3
