$ citeq -c .
? 2
> 0
! citeq: .: Is a directory
