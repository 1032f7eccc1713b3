$ for f in ragged bad-date unknown-lang duplicate-id dangling-cites retrieved-before archived-before empty-title; do
$ citeq --check check/$f.csv; echo "status $?"
$ done
> check/ragged.csv:3: row has 16 fields, the header has 15
> check/ragged.csv:4: row has 6 fields, the header has 15
> status 1
> check/bad-date.csv:2: bad date '2017-02-30' in column date: no such day in that month
> check/bad-date.csv:3: bad date '13 Smarch 2017' in column date: not a date
> check/bad-date.csv:4: bad date '2017-13-01' in column access_date: no such month
> status 1
> check/unknown-lang.csv:2: unknown language 'xx'
> check/unknown-lang.csv:3: unknown language 'Klingon'
> status 1
> check/duplicate-id.csv:4: duplicate id '1' (first on line 2)
> status 1
> check/dangling-cites.csv:3: F1 cites 99, which is not an id here
> status 1
> check/retrieved-before.csv:2: retrieved (2017-05-28) before published
> status 1
> check/archived-before.csv:2: archived before published
> status 1
> check/empty-title.csv:2: empty title
> status 1
