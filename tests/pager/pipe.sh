# Data from a pipe that has more to come but nothing to read for now: the
# rows it gave are shown and keys work meanwhile (less's behaviour); G
# waits for the rest as a step-by-step operation that Esc stops; q quits
# at once, though the pipe is still open. (Twenty rows: the delimiter is
# told from the header and the first rows, which a pipe is read for.)
. "$(dirname "$0")/lib.sh"
mkfifo "$bin/fifo"
# the writer: twenty rows, then a minute of silence
( echo id,title,lang; i=1; while [ $i -le 20 ]; do
	echo "$i,Title $i,en"; i=$((i + 1)); done; sleep 60 ) > "$bin/fifo" &
writer=$!
trap 'kill $writer 2>/dev/null; tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$bin"' EXIT
start_int 80 12 "citeq -P - < $bin/fifo"
status_is "(standard input)  row 1 of 20+"
keys j
status_is "row 2 of 20+"
keys G
wait_for "reading rows: "
keys Escape
status_is "reading rows: stopped"
keys k
status_is "row 1 of 20+"
keys /
wait_for "/"
keys zzz Enter
wait_for "searching: "
keys C-c
status_is "searching: stopped"
keys q
wait_for "EXIT=0"
pass pipe
