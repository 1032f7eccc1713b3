$ citeq -d 2017-7-32
? 2
! citeq: --date: bad date '2017-7-32': no such day in that month
