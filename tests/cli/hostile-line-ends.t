$ printf "id,date\r1,2017\n2,2017-02-30\r\n3,2018\r" | citeq -d 2017.. -F id
? 2
> id
> 1
> 3
! citeq: (standard input):3: bad date '2017-02-30' in column date: no such day in that month
