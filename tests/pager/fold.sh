# The pager's & and / use the command line's matcher, with its folding: a
# plain apostrophe finds Sant’Egidio (U+2019; row 32 of the built-in data,
# the only one), and "suggere" finds "suggère" (row 6, its title).
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys '&' "sant'egidio" Enter
status_is "row 1 of 1  & sant'egidio"
expect_line 2 "32 "
keys '&' Enter
status_is "row 1 of 52"
keys / suggere Enter
expect_line 1 "id"
status_is "row 5 of 52"
pass fold
