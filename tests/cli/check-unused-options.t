# --check lints whole files: the filters and output options given with it
# are said once not to apply, and the findings are those of the whole file.
$ citeq --check -l ru -f json -l en check/bad-date.csv
? 1
> check/bad-date.csv:2: bad date '2017-02-30' in column date: no such day in that month
> check/bad-date.csv:3: bad date '13 Smarch 2017' in column date: not a date
> check/bad-date.csv:4: bad date '2017-13-01' in column access_date: no such month
! citeq: warning: --check reads whole files; --lang, --format do not apply to it
