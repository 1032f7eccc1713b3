# --strict: a date in the data that cannot be read is an error (exit 2);
# the answer is printed all the same.
$ citeq --strict -d 2017.. -F id baddate.csv
? 2
> id
> 1
> 3
! citeq: baddate.csv: 1 row with a date that cannot be read, at line 3: '2017-02-30'
