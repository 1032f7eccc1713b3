# A delimiter citeq does not read is a usage error.
$ citeq --delimiter='|'
? 2
! citeq: --delimiter: unknown delimiter '|' (',', ';' or a tab: '\t' or tab)
