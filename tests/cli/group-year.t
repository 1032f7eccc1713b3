$ citeq -k citation -G year
> year,count
> 2015,11
> ,7
> 2017,7
> 2018,5
> 2019,5
> 2016,4
> 2020,2
