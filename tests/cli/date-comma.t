# The comma of "May 29, 2015" is part of the date when the value is not a
# list of dates: 2, 9 and F4 (2015). In a list, such a date is written
# without its comma: 4 (2015-05-08), F4 and F5 (2023).
$ citeq -d "May 29, 2015" -F id
$ citeq -d "2023,8 May 2015" -F id
> id
> 2
> 9
> F4
> id
> 4
> F4
> F5
