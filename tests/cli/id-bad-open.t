$ citeq -i 2,-
? 2
! citeq: --id: bad id range '-': it has no ends
