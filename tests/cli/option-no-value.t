# A long option that takes no value, given one: said so, by its full name
# (--count=5 was "unknown option '-c'", --undated=yes an unprintable byte).
$ citeq --undated=yes
? 2
! citeq: option '--undated' takes no value (see citeq --help)
$ citeq --count=5
? 2
! citeq: option '--count' takes no value (see citeq --help)
$ citeq --dea=1
? 2
! citeq: option '--dead' takes no value (see citeq --help)
