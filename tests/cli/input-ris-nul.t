# A record with a NUL byte is told and skipped (bibutils reads C strings);
# a record with nothing but TY has no ER: told and skipped.
$ printf 'TY  - JOUR\nTI  - a\0b\nER  - \nTY  - JOUR\nTI  - ok\nER  - \nTY  - ' | citeq --from=ris -F title
? 2
> title
> ok
! citeq: (standard input):1: RIS record with a NUL byte: skipped
! citeq: (standard input):7: RIS record without "ER  -" at its end: skipped
