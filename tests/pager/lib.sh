# Helpers for the pager tests: each test runs citeq in a detached tmux
# session of a fixed size on its own tmux server, sends keys, and polls the
# screen until the text it expects appears (or gives up after WAIT tenths
# of a second), so that a loaded machine slows the tests but does not
# break them. Sourced by the tests as: . lib.sh CITEQ DATA_DIR
set -u
CITEQ=$1
DATA=$2
WAIT=${WAIT:-150}
sock="citeq-test-$$"
bin=$(mktemp -d)
ln -s "$CITEQ" "$bin/citeq"
trap 'tmux -L "$sock" kill-server 2>/dev/null; rm -rf "$bin"' EXIT

t() { tmux -L "$sock" -f /dev/null "$@"; }

# Ends this tmux server and moves on to a fresh one for the next start.
servers=0
next_server() {
	t kill-server 2>/dev/null
	servers=$((servers + 1))
	sock="citeq-test-$$-$servers"
}

# start WIDTH HEIGHT COMMAND: runs COMMAND (sh) in the data folder; when it
# ends, the pane shows its exit status and the terminal's modes.
start() {
	w=$1 h=$2
	shift 2
	t new-session -d -s t -x "$w" -y "$h" -c "$DATA" \
		"env PATH='$bin:$PATH' LANG=C.UTF-8 LC_ALL=C.UTF-8 sh -c '$*'; echo EXIT=\$?; stty -a; sleep 600"
}

# start_int WIDTH HEIGHT COMMAND: start, with the shells around COMMAND
# ignoring SIGINT as an interactive shell does, so that Ctrl-C (which goes
# to the terminal's whole process group) reaches citeq alone.
start_int() {
	w=$1 h=$2
	shift 2
	t new-session -d -s t -x "$w" -y "$h" -c "$DATA" \
		"trap '' INT; env PATH='$bin:$PATH' LANG=C.UTF-8 LC_ALL=C.UTF-8 sh -c '$*'; echo EXIT=\$?; stty -a; sleep 600"
}

screen() { t capture-pane -p -t t; }
keys() { t send-keys -t t "$@"; }
line() { screen | sed -n "${1}p"; }

fail() {
	echo "FAIL: $*"
	echo "--- screen:"
	screen
	exit 1
}

# wait_for TEXT: until the screen holds TEXT.
wait_for() {
	i=0
	while ! screen | grep -qF -- "$1"; do
		i=$((i + 1))
		[ $i -lt "$WAIT" ] || fail "no '$1' on the screen"
		sleep 0.1
	done
}

# wait_gone TEXT: until the screen no longer holds TEXT.
wait_gone() {
	i=0
	while screen | grep -qF -- "$1"; do
		i=$((i + 1))
		[ $i -lt "$WAIT" ] || fail "'$1' stays on the screen"
		sleep 0.1
	done
}

# expect_line N TEXT: line N of the screen starts with TEXT (polled).
expect_line() {
	i=0
	while :; do
		case $(line "$1") in
		"$2"*) return 0 ;;
		esac
		i=$((i + 1))
		[ $i -lt "$WAIT" ] || fail "line $1 is '$(line "$1")', not '$2...'"
		sleep 0.1
	done
}

# The citeq process in the pane (under the shells around it).
citeq_pid() {
	pid=$(t display -p -t t '#{pane_pid}')
	child=$(pgrep -P "$pid" -x citeq || pgrep -P "$(pgrep -P "$pid" | head -1)" -x citeq)
	[ -n "$child" ] || fail "no citeq process"
	echo "$child"
}

# hold TEXT KEY...: sends the keys, then lets citeq run ten milliseconds
# at a time (SIGSTOP, SIGCONT) until the screen holds TEXT, and leaves it
# stopped: a step-by-step operation that the keys start and that shows
# TEXT while it runs cannot end before the keys that stop it come, however
# slowly a loaded machine looks at the screen (the operation may take only
# a tenth of a second). go lets citeq run again.
hold() {
	held=$(citeq_pid)
	text=$1
	shift
	keys "$@"
	i=0
	while :; do
		sleep 0.01
		kill -STOP "$held"
		screen | grep -qF -- "$text" && return 0
		sleep 0.02	# what citeq wrote, shown by tmux
		screen | grep -qF -- "$text" && return 0
		i=$((i + 1))
		[ $i -lt $((WAIT * 3)) ] || { go; fail "no '$text' on the screen"; }
		kill -CONT "$held"
	done
}
go() { kill -CONT "$held"; }

# The status line is the last line of the screen.
status_is() { wait_for "$1"; }

# Characters (not bytes) before TEXT on screen line N.
column_of() {
	l=$(line "$1")
	case $l in
	*"$2"*) ;;
	*) fail "no '$2' on line $1" ;;
	esac
	printf '%s' "${l%%"$2"*}" | LC_ALL=C.UTF-8 wc -m | tr -d ' '
}

pass() { echo "ok: $*"; }
