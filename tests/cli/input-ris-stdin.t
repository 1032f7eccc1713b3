# --from=ris reads standard input as RIS: after a line that is no RIS
# (told, exit 2), content alone would say CSV.
$ { echo; echo junk; cat refs.ris; } | citeq --from=ris -F title,date
? 2
> title,date
> DNA repair: a study,2019-07-05
> A Chapter,2001
> A web page,
! citeq: (standard input):2: not in a RIS record (one starts with "TY  - "): skipped
