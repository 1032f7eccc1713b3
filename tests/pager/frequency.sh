# F: the frequency of the current column's values, most first.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys l l F
expect_line 1 "lang   count"
expect_line 2 "en     34"
expect_line 3 "ar     9"
expect_line 4 "ru     4"
keys q
status_is "row 1 of 52"
pass frequency
