$ citeq --since 17
? 2
! citeq: --since: bad date '17': not a date (such as 2017, 2017-07, 2017-7-10, May 2017, 10 July 2017 or 10-13 July 2017)
