# A search, &, a sort and a frequency table run in steps on a large file:
# the status line shows how far they are (a percentage), keys are read
# between steps, and Esc, Ctrl-C or q stops the operation and keeps the
# pager open, as in less; a search that is left to run finds its row.
. "$(dirname "$0")/lib.sh"
awk 'BEGIN {
	print "id,title,lang"
	for (i = 1; i <= 1000000; i++)
		printf "%d,Переговоры о мире в Сирии номер %d,ru\n", i, i
}' > "$bin/big.csv"
start_int 100 20 citeq -P "$bin/big.csv"
wait_for "row 1 of 1000000"
hold "searching: " / 'нет такого' Enter
screen | grep -q "searching: [0-9]*%  (Esc or Ctrl-C stops)" ||
	{ go; fail "no progress on the status line"; }
keys j j			# typed meanwhile: dropped when it is stopped
keys Escape
go
status_is "searching: stopped"
keys k
status_is "row 1 of 1000000"
hold "searching: " n
keys C-c
go
status_is "searching: stopped"
hold "keeping rows: " '&' 'нет такого' Enter
keys C-c
go
status_is "keeping rows: stopped"
keys k
status_is "row 1 of 1000000"
screen | grep -q "& " && fail "& applied after it was stopped"
hold "sorting: " l s
keys q
go
status_is "sorting: stopped"
keys k
status_is "row 1 of 1000000"
screen | grep -q "sort " && fail "sorted after the sort was stopped"
hold "counting: " F
keys Escape
go
status_is "counting: stopped"
expect_line 1 "id"
# a search left to run: the row near the end
keys / 'номер 999990' Enter
status_is "row 999990 of 1000000"
keys q
wait_for "EXIT=0"
pass jobs
