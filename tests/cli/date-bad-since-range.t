$ citeq --since 2017..
? 2
! citeq: --since: bad date '2017..': a range A..B, not one date
