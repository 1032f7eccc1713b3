$ citeq -d 2017-13-01
? 2
! citeq: --date: bad date '2017-13-01': no such month
