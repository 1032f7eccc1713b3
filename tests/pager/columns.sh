# Right reaches every column of the file, not only the table's default
# ones (id, date, lang, title here); c lists the columns: Space hides or
# shows one, Enter goes to it.
. "$(dirname "$0")/lib.sh"
awk 'BEGIN {
	printf "id,title,date,lang"
	for (c = 5; c <= 30; c++) printf ",extra%d", c
	print ""
	for (i = 1; i <= 3; i++) {
		printf "%d,Title %d,2017-0%d-01,en", i, i, i
		for (c = 5; c <= 30; c++) printf ",v%d.%d", c, i
		print ""
	}
}' > "$bin/wide.csv"
start 80 12 citeq -P "$bin/wide.csv"
status_is "row 1 of 3"
expect_line 1 "id  date        lang  title    extra5"
keys l l l l
expect_line 1 "id  date        lang  title    extra5"
keys l l l l l l l l l l l l l l l l l l l l l l l l l l l l
wait_for "extra30"
wait_for "v30.1"
keys g j j
wait_for "v30.3"
# the list of columns
keys c
wait_for "  [x] extra30"
keys g
expect_line 1 "  [x] id"
expect_line 2 "  [x] date"
keys j Space
expect_line 2 "  [ ] date"
keys q
status_is "row 3 of 3"
keys h h h h h h h h h h h h h h h h h h h h h h h h h h h h h h h h h h
expect_line 1 "id  lang  title    extra5"
keys c g j Enter
expect_line 1 "id  date        lang  title"
line 2 | grep -q "2017-01-01" || fail "the date column is not shown again"
# Enter on a column out of sight scrolls to it
keys c G Enter
wait_for "extra30"
wait_for "v30.1"
pass columns
