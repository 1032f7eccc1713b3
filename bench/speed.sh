#!/bin/sh
# Issue 16's targets: counting, two columns out, every column out and the
# sort by date, each against `grep -c ,ru, FILE | cat` (through cat: with
# its output going to /dev/null, GNU grep stops at the first match) on
# bench's million-row file, run in turns, RUNS times each, so that all see
# the same load; citeq writes to /dev/null. Also the sort with
# --buffer-size=16M (the same bytes as in memory: checked; its peak
# memory). Prints and writes into bench/RESULTS.md, between the
# `<!-- speed.sh -->` lines, the median wall time of each, the CPU time
# (user and system) and peak memory of that run, and the ratio of the
# medians to grep's.
#   bench/speed.sh [RUNS]     (default 11)
# Builds citeq (Release; CITEQ=path uses that build instead) and the
# generator as bench/run.sh does, in the same folder ($BENCH_DIR,
# /tmp/citeq-bench).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
runs=${1:-11}
rows=1000000		# timed_setup's file
work=${BENCH_DIR:-/tmp/citeq-bench}
mkdir -p "$work"
. "$here/lib.sh"
timed_setup

# The sort past its budget must print what the sort in memory prints.
"$citeq" -S date -f csv "$file" | cksum > "$work/sum.mem"
"$citeq" -S date -f csv --buffer-size=16M "$file" | cksum > "$work/sum.16m"
cmp -s "$work/sum.mem" "$work/sum.16m" || {
	echo "speed.sh: -S date --buffer-size=16M prints other bytes" >&2
	exit 2
}

: > "$work/speed.t"
queries='-c|0.8
-F id,title -f csv|1.2
-f csv|2.5
-S date -f csv|4
-S date -f csv --buffer-size=16M|4'
i=0
while [ $i -lt "$runs" ]; do
	once "$work/speed.t" "grep|" "grep -c ,ru, $file | cat"
	printf '%s\n' "$queries" | while IFS='|' read -r q target; do
		once "$work/speed.t" "citeq|$q|" "exec $citeq $q $file > /dev/null"
	done
	i=$((i + 1))
done

tbl=$work/speed.md
{
	echo "<!-- speed.sh -->"
	echo "## Issue 16's targets against grep -c"
	echo
	echo "Made by \`bench/speed.sh $runs\` on $(date -u +%Y-%m-%d) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?'))."
	echo "Each query (output to /dev/null) and \`grep -c ,ru, FILE | cat\` in"
	echo "turns on bench's $rows-row file (page cache), $runs runs each: the"
	echo "median wall time, and the CPU time (user and system) and peak"
	echo "memory of that run. Load average when it ended:"
	echo "$(cut -d' ' -f1-3 /proc/loadavg). The sort with --buffer-size=16M"
	echo "printed the same bytes as the sort in memory (cksum)."
	echo
	echo "| query | citeq (s) | citeq / grep -c | target | CPU (s) | peak (MB) |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: |"
	set -- $(median "$work/speed.t" "grep|" "$runs")
	g=$1
	printf '| grep -c ,ru, \\| cat | %.3f | 1 | | %.3f | %.1f |\n' "$1" "$2" \
	    "$(echo "$3" | awk '{ print $1 / 1024 }')"
	printf '%s\n' "$queries" | while IFS='|' read -r q target; do
		set -- $(median "$work/speed.t" "citeq|$q|" "$runs")
		awk -v q="$q" -v t="$1" -v c="$2" -v m="$3" -v g="$g" \
		    -v target="$target" 'BEGIN {
			if (q ~ /16M/)
				target = target ", 48 MB"
			printf "| %s | %.3f | %.2f | %s | %.3f | %.1f |\n",
			    q, t, (g > 0 ? t / g : 0), target, c, m / 1024
		}'
	done
	echo "<!-- /speed.sh -->"
} > "$tbl"
cat "$tbl"

put_section speed.sh "$tbl"
