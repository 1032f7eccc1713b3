# The first screen of a large file comes before the whole file is read:
# the status line says "+" while rows are still being counted.
. "$(dirname "$0")/lib.sh"
awk 'BEGIN { print "id,title,lang"; for (i = 1; i <= 400000; i++) print i ",\"title " i "\",en" }' > "$bin/big.csv"
start 80 12 citeq -P "$bin/big.csv"
wait_for "big.csv  row 1 of "
line 12 | grep -q "+" || fail "the whole file was read before the first screen"
expect_line 1 "id    lang  title"
expect_line 2 "1     en    title 1"
wait_for "row 1 of 400000"
keys G
status_is "row 400000 of 400000"
pass large
