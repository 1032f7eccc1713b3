$ citeq -d 2017..2016
? 2
! citeq: --date: bad date '2017..2016': range ends before it starts
