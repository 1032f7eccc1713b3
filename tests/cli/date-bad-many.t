# Three rows whose date cannot be read (lines 2, 4 and 5 of
# baddates-many.csv; "n.d." on line 7 is undated, not unreadable): one
# message for the file with the count and the first, though the filter and
# the sort both read each of them. The answer: 2016 (id 2) and 2017-05
# (id 5), newest first.
$ citeq -d 2016.. -S -date -F id,date baddates-many.csv
> id,date
> 5,2017-05
> 2,2016
! citeq: baddates-many.csv: 3 rows with a date that cannot be read, the first at line 2: '23-27 September'
