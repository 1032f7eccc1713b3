# A date in the data that cannot be read does not stop the query: the row
# does not match a date filter, and the problem is told once for the file,
# after the answer, whose exit status stands (baddate.csv: ids 1, 2, 3 on
# lines 2, 3, 4; line 3 holds 2017-02-30).
$ citeq -d 2017.. -F id baddate.csv
> id
> 1
> 3
! citeq: baddate.csv: 1 row with a date that cannot be read, at line 3: '2017-02-30'
