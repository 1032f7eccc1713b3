$ printf "id,date\r1,2017\n2,2017-02-30\r\n3,2018\r" | citeq -d 2017.. -F id
> id
> 1
> 3
! citeq: (standard input): 1 row with a date that cannot be read, at line 3: '2017-02-30'
