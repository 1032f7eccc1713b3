# H: the help screen; q leaves it.
. "$(dirname "$0")/lib.sh"
start 100 30 citeq -P
status_is "row 1 of 52"
keys H
wait_for "citeq pager keys"
wait_for "search forward, backward"
keys q
status_is "row 1 of 52"
pass help
