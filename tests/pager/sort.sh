# s and S sort by the current column; dates chronologically.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P -k citation
status_is "row 1 of 41"
keys l s				# the date column, oldest first
status_is "sort date"
expect_line 2 "6   2015-04-10"
expect_line 3 "8   2015-05-07"
keys S
status_is "sort -date"
expect_line 2 "17  2020-01-09"
expect_line 3 "18  2020-01-09"
keys G					# undated rows last
expect_line 19 "33"
pass sort
