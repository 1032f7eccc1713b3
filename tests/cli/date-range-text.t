# Each side of A..B is any date: 2016-01-01 to 2017-07-31, then from 2015
# on (25 rows: 12 of 2015 with F4, 4 of 2016, 7 of 2017 to July, F8, F9).
$ citeq -d "2016..July 2017" -F id
$ citeq -d "2015..July 2017" -c
> id
> 19
> 20
> 21
> 22
> 23
> 25
> 28
> 36
> 37
> 38
> 39
> F8
> F9
> 25
