# A JSON syntax error names its line.
$ citeq -F id bad.json
? 2
> id
> ok
! citeq: bad.json:3: '}' expected near '"title"'
