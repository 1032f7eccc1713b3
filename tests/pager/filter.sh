# & keeps the rows that contain a text; & alone shows all rows again.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys '&' diplomat Enter
status_is "row 1 of 2  & diplomat"
expect_line 2 "2    2015-05-29"
expect_line 3 "4    2015-05-08"
expect_line 4 ""
keys '&' Enter
status_is "row 1 of 52"
pass filter
