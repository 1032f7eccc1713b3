# SIGTERM, SIGINT and SIGHUP restore the terminal before citeq dies.
. "$(dirname "$0")/lib.sh"
for sig in TERM INT HUP; do
	start 100 20 citeq -P
	status_is "row 1 of 52"
	pid=$(t display -p -t t '#{pane_pid}')
	child=$(pgrep -P "$pid" -x citeq || pgrep -P "$(pgrep -P "$pid" | head -1)" -x citeq)
	[ -n "$child" ] || fail "no citeq process"
	kill -"$sig" "$child"
	case $sig in TERM) code=143 ;; INT) code=130 ;; HUP) code=129 ;; esac
	wait_for "EXIT=$code"
	wait_for " icanon"
	wait_for " echo "
	next_server
done
pass signals
