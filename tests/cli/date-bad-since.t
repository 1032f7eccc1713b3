$ citeq --since 17
? 2
! citeq: --since: bad date '17': not a date (YYYY, YYYY-MM or YYYY-MM-DD)
