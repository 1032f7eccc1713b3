# The links of a row (Enter) are found a step at a time on a large file:
# the status line shows how far, the list grows, and Esc stops the
# finding and keeps the row view open; left to run, it lists the row
# cited at the very end of the file, and the row that cites a row.
. "$(dirname "$0")/lib.sh"
awk 'BEGIN {
	print "id,kind,title,cites"
	print "F1,fact,The fact that cites two rows,3;999999"
	for (i = 2; i <= 1000000; i++)
		printf "%d,citation,Source number %d,\n", i, i
}' > "$bin/big.csv"
start_int 100 20 citeq -P "$bin/big.csv"
wait_for "row 1 of 1000000"
hold "finding links: " Enter	# (a tenth of a second or so)
screen | grep -q "finding links: [0-9]*%  (Esc or Ctrl-C stops)" ||
	{ go; fail "no progress on the status line"; }
keys Escape
go
status_is "finding links: stopped"
screen | grep -q "999999  Source" && fail "the last link listed after the stop"
wait_for "id: F1"
keys q
status_is "row 1 of 1000000"
# left to run: both links, the first under the cursor
keys Enter
wait_for "  999999  Source number 999999"
wait_for "  3  Source number 3"
keys Enter
wait_for "id: 3"
wait_for "Cited by:"
wait_for "  F1  The fact that cites two rows"
status_is "row: Enter follows a link, q goes back"
keys q
wait_for "id: F1"
# back in F1's view its links are found again (q would stop that)
wait_for "  999999  Source number 999999"
keys q
status_is "row 1 of 1000000"
keys q
wait_for "EXIT=0"
pass links
