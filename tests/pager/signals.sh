# SIGTERM and SIGHUP restore the terminal before citeq dies; SIGINT (Ctrl-C)
# does not end the pager, as in less: it stops what runs, and q quits.
. "$(dirname "$0")/lib.sh"
for sig in TERM HUP; do
	start 100 20 citeq -P
	status_is "row 1 of 52"
	kill -"$sig" "$(citeq_pid)"
	case $sig in TERM) code=143 ;; HUP) code=129 ;; esac
	wait_for "EXIT=$code"
	wait_for " icanon"
	wait_for " echo "
	next_server
done
start_int 100 20 citeq -P
status_is "row 1 of 52"
kill -INT "$(citeq_pid)"
status_is "q quits"
keys C-c
status_is "q quits"
keys j
status_is "row 2 of 52"
keys q
wait_for "EXIT=0"
wait_for " icanon"
wait_for " echo "
pass signals
