# F: the frequency of the current column's values, most first, with a bar
# beside each count; Enter keeps the rows of a value, as & would; h, l
# choose the value or the count and s, S sort by it; a date column is
# counted by year, t switches to month, then day. Expected counts from
# data/citations.csv (Python's csv module): lang en 34, ar 9, ru 4, 1 row
# without one; dates by year (empty) 13, 2015 12, 2017 9, 2018 6. A bar is
# 40 columns for the largest count, in eighths: 9 of 34 is 84.7 eighths,
# 85 rounded, ten full blocks and five eighths.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys l l F
expect_line 1 "lang     count"
expect_line 2 "en       34     ████████████████████████████████████████"
expect_line 3 "ar       9      ██████████▋"
expect_line 4 "ru       4      ████▊"
expect_line 5 "(empty)  1      █▏"
# Enter on ru: the table keeps its 4 rows
keys j j Enter
status_is "row 1 of 4"
wait_for "& lang = ru"
line 2 | grep -q " ru " || fail "row 1 is not in Russian"
# within them, F on lang again has one value
keys F
expect_line 2 "ru    4      ██████"
expect_line 3 ""
keys q '&' Enter
status_is "row 1 of 52"
# sorted by value, up and down, then by count again
keys F h s
expect_line 2 "(empty)  1"
expect_line 3 "ar       9"
keys S
expect_line 2 "ru       4"
keys l S
expect_line 2 "en       34"
keys q
status_is "row 1 of 52"
# dates: by year, month, day
keys h F
expect_line 1 "date by year  count"
expect_line 2 "(empty)       13"
expect_line 3 "2015          12"
expect_line 4 "2017          9"
expect_line 5 "2018          6"
keys t
expect_line 1 "date by month  count"
expect_line 3 "2015-05        4"
expect_line 4 "2015-10        4"
expect_line 5 "2017-07        3"
keys t
expect_line 1 "date by day  count"
expect_line 3 "2015-05-29   2"
# Enter on 2015 by year: its 12 rows
keys t j Enter
wait_for "& date by year = 2015"
status_is "row 1 of 12"
next_server
# ASCII bars when the locale's character set is not UTF-8
start 100 20 env LANG=C LC_ALL=C citeq -P
status_is "row 1 of 52"
keys l l F
expect_line 2 "en       34     ########################################"
expect_line 4 "ru       4      #####"
pass frequency
