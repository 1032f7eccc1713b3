#!/bin/sh
# The pager's speed, measured as a person meets it: citeq -P runs in tmux
# on bench's generated files, keys go in with send-keys, and the time is
# taken until the screen shows the answer (capture-pane polled every 10 ms,
# so each figure is up to about 10 ms late).
#   bench/pager.sh [RUNS]      (default 5; the median is reported)
# Measures: the first screen of a million rows; G on a million rows; a
# search for a word found only in the last of 300,000 rows; & over 300,000
# rows; s (sort by date) after that &; F (frequency of the lang column) on
# 300,000 rows. For scale, each run also times citeq -c on the million
# rows, outside the pager: reading every row, which G has to do to count
# them. Writes its table into bench/RESULTS.md between the
# "pager.sh" markers. CITEQ=path uses that build instead of a Release one.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
runs=${1:-5}
work=${BENCH_DIR:-/tmp/citeq-bench}
mkdir -p "$work"
command -v tmux > /dev/null || { echo "pager.sh needs tmux" >&2; exit 2; }

. "$here/lib.sh"
build_tools
big=$work/citations-1000000.csv
[ -s "$big" ] || "$work/gen" 1000000 > "$big"
# 299,999 generated rows, then one with a word no other row has.
mid=$work/pager-300000.csv
if [ ! -s "$mid" ]; then
	"$work/gen" 299999 > "$mid"
	echo '300000,citation,"Last, Only","The zqxjkv row",Nowhere,2020-01-01,en,,,,,,,,' >> "$mid"
fi
cat "$big" "$mid" > /dev/null		# into the page cache

sock="citeq-bench-$$"
t() { tmux -L "$sock" -f /dev/null "$@"; }
trap 't kill-server 2>/dev/null || true' EXIT
servers=0
now() { date +%s.%N; }

# until TEXT: polls the screen every 10 ms until it holds TEXT (60 s at
# most); prints the time it appeared.
until_shown() {
	polls=0
	while ! t capture-pane -p -t b | grep -qF -- "$1"; do
		polls=$((polls + 1))
		if [ $polls -gt 6000 ]; then
			echo "no '$1' on the screen:" >&2
			t capture-pane -p -t b >&2
			exit 1
		fi
		sleep 0.01
	done
	now
}

# start FILE: citeq -P FILE on a fresh tmux server.
start() {
	t kill-server 2>/dev/null || true
	servers=$((servers + 1))
	sock="citeq-bench-$$-$servers"
	t new-session -d -s b -x 120 -y 40 \
		"env LANG=C.UTF-8 LC_ALL=C.UTF-8 $CITEQ -P $1; sleep 600"
}

# One run of each measure; appends "name seconds" lines to $work/ptimes.
one_run() {
	t0=$(now)
	"$CITEQ" -c "$big" > /dev/null
	t1=$(now)
	echo "count-1M $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
	t0=$(now)
	start "$big"
	t1=$(until_shown "row 1 of ")
	echo "first-screen $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
	t0=$(now)
	t send-keys -t b G
	t1=$(until_shown "row 1000000 of 1000000")
	echo "G-1M $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"

	start "$mid"
	until_shown "row 1 of " > /dev/null
	t send-keys -t b / zqxjkv
	until_shown "/zqxjkv" > /dev/null
	t0=$(now)
	t send-keys -t b Enter
	t1=$(until_shown "row 300000 of 300000")
	echo "search-300k $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
	t send-keys -t b g '&' e n
	until_shown "&en" > /dev/null
	t0=$(now)
	t send-keys -t b Enter
	t1=$(until_shown "& en")
	echo "amp-300k $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
	# the date column is the second of the table
	t send-keys -t b l
	t0=$(now)
	t send-keys -t b s
	t1=$(until_shown "sort date")
	echo "sort-after-amp $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
	t send-keys -t b '&' Enter l
	until_shown "row 1 of 300000" > /dev/null
	t0=$(now)
	t send-keys -t b F
	t1=$(until_shown "Enter: its rows")
	echo "freq-300k $(echo "$t1 - $t0" | bc)" >> "$work/ptimes"
}

: > "$work/ptimes"
run=0
while [ $run -lt "$runs" ]; do
	one_run
	run=$((run + 1))
done

median() {
	grep "^$1 " "$work/ptimes" | awk '{ print $2 }' | sort -n |
		sed -n "$(( (runs + 1) / 2 ))p"
}
range() {
	grep "^$1 " "$work/ptimes" | awk '{ print $2 }' | sort -n |
		awk 'NR == 1 { lo = $1 } { hi = $1 } END { printf "%.2f–%.2f", lo, hi }'
}

table=$work/pager.md
{
	echo "<!-- pager.sh -->"
	echo "## The pager"
	echo
	echo "Made by \`bench/pager.sh $runs\` on $(date -u +%Y-%m-%d) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?'))."
	echo "citeq -P in tmux (120x40); time from the key to the screen showing the"
	echo "answer, polled every 10 ms. Median of $runs runs, and the range."
	echo "Load average when it ended: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "| what | file | time (s) | range (s) | goal (s) |"
	echo "| --- | --- | ---: | ---: | ---: |"
	printf '| first screen | 1,000,000 rows | %.2f | %s | as now |\n' "$(median first-screen)" "$(range first-screen)"
	printf '| G | 1,000,000 rows | %.2f | %s | 0.3 |\n' "$(median G-1M)" "$(range G-1M)"
	printf '| (citeq -c, no pager) | 1,000,000 rows | %.2f | %s | |\n' "$(median count-1M)" "$(range count-1M)"
	printf '| /zqxjkv (the last row only) | 300,000 rows | %.2f | %s | 1 |\n' "$(median search-300k)" "$(range search-300k)"
	printf '| &en | 300,000 rows | %.2f | %s | 1 |\n' "$(median amp-300k)" "$(range amp-300k)"
	printf '| s on date after &en | 300,000 rows | %.2f | %s | |\n' "$(median sort-after-amp)" "$(range sort-after-amp)"
	printf '| F on lang | 300,000 rows | %.2f | %s | |\n' "$(median freq-300k)" "$(range freq-300k)"
	echo "<!-- /pager.sh -->"
} > "$table"
cat "$table"
put_section pager.sh "$table"
