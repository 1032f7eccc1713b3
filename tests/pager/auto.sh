# --pager=auto pages only a table taller than the screen.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq --pager=auto -l de
wait_for "EXIT=0"
expect_line 1 "id  date        lang  author"
expect_line 2 "40  2018-01-29  de    Hebel, Christina; Sydow, Christoph"
next_server
start 100 20 CITEQ_PAGER=auto citeq
status_is "row 1 of 52"
keys q
wait_for "EXIT=0"
pass auto
