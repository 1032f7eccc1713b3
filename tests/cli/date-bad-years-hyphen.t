# With a hyphen, 2015-16 is a month, as in the data, and there is none.
$ citeq -d 2015-16
? 2
! citeq: --date: bad date '2015-16': no such month (a span of years is written A..B)
