$ citeq --pager=sometimes
? 2
! citeq: --pager: unknown value 'sometimes' (always, auto or never)
