$ citeq -d 2017-02-30
? 2
! citeq: --date: bad date '2017-02-30': no such day in that month
