# A month without a year is no date; n.d. is none either.
$ citeq -d May
$ citeq --until n.d.
? 2
! citeq: --date: bad date 'May': not a date (such as 2017, 2017-07, 2017-7-10, May 2017, 10 July 2017 or 10-13 July 2017)
! citeq: --until: bad date 'n.d.': n.d. is no date
