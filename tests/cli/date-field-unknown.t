$ citeq --date-field=written
? 2
! citeq: --date-field: unknown date field 'written' (published, retrieved or archived)
