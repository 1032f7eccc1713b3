# -G year counts a date that cannot be read as no year, and says so once.
# baddates-many.csv: 2016 (line 3), 2017-05 (line 6), n.d. (line 7, no
# year) and three unreadable dates (lines 2, 4, 5).
$ citeq -G year -f csv baddates-many.csv
> year,count
> ,1
> 2016,1
> 2017,1
! citeq: baddates-many.csv: 3 rows with a date that cannot be read, the first at line 2: '23-27 September'
