# --buffer-size takes GNU sort's sizes; anything else is a usage error
$ citeq -S date --buffer-size=12Q
? 2
! citeq: --buffer-size: bad size '12Q' (a number, and b, K, M, G, T or %)
