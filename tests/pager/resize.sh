# A resize redraws at the new size.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
t resize-window -t t -x 50 -y 10
expect_line 10 "(built-in)  row 1 of 52"
screen | while IFS= read -r l; do
	[ "$(printf '%s' "$l" | LC_ALL=C.UTF-8 wc -m)" -le 50 ] || exit 1
done || fail "a line is wider than 50 columns"
t resize-window -t t -x 120 -y 25
expect_line 25 "(built-in)  row 1 of 52"
pass resize
