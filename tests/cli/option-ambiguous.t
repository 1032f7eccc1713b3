# An abbreviation of several long options names them all.
$ citeq --s x
? 2
! citeq: option '--s' is ambiguous: it may be --since, --sort, --source, --strict (see citeq --help)
$ citeq --da=2017
? 2
! citeq: option '--da' is ambiguous: it may be --date, --date-field (see citeq --help)
