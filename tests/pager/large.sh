# The first screen of a large input comes before the whole input is read:
# the status line says "+" while rows are still being counted. The input
# is a pipe that stops for a while after its first 2,000 rows.
. "$(dirname "$0")/lib.sh"
awk 'BEGIN { print "id,title,lang"; for (i = 1; i <= 400000; i++) print i ",\"title " i "\",en" }' > "$bin/big.csv"
cat > "$bin/slow.sh" <<'END'
{ head -n 2001 "$1"; sleep 4; tail -n +2002 "$1"; } | citeq -P
END
start 80 12 sh "$bin/slow.sh" "$bin/big.csv"
i=0
until line 12 | grep -q "row 1 of [0-9]*+"; do
	i=$((i + 1))
	[ $i -lt "$WAIT" ] || fail "no first screen while the input is read"
	sleep 0.1
done
expect_line 1 "id    lang  title"
expect_line 2 "1     en    title 1"
wait_for "row 1 of 400000"
line 12 | grep -q "+" && fail "still reading"
keys G
status_is "row 400000 of 400000"
pass large
