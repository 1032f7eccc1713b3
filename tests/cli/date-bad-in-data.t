$ citeq -d 2017.. -F id baddate.csv
? 2
> id
> 1
> 3
! citeq: baddate.csv:3: bad date '2017-02-30' in column date: no such day in that month
