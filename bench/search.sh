#!/bin/sh
# Text search against grep -i (issue 14's targets): each of citeq's text
# queries and `grep -ic WORD FILE | cat` (through cat: with its output
# going to /dev/null, GNU grep stops at the first match) on bench's
# million-row file, run in turns, RUNS times each, so that both see the
# same load. Prints and writes into bench/RESULTS.md, between the
# `<!-- search.sh -->` lines, the median wall time of each, the CPU time
# (user and system) of that run, and the ratio of the medians.
#   bench/search.sh [RUNS]     (default 11)
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

: > "$work/search.t"
queries='-g zzzqqq
-t zzzqqq
-g syria
-t syria
-g переговоры
-t переговоры'
i=0
while [ $i -lt "$runs" ]; do
	printf '%s\n' "$queries" | while IFS= read -r q; do
		word=${q#* }
		# citeq exits 1 when nothing matches: the word that is nowhere
		once "$work/search.t" "citeq|$q" "$citeq $q -c $file; true"
		once "$work/search.t" "grep|$q" "grep -ic $word $file | cat"
	done
	i=$((i + 1))
done

tbl=$work/search.md
{
	echo "<!-- search.sh -->"
	echo "## Text search against grep -i"
	echo
	echo "Made by \`bench/search.sh $runs\` on $(date -u +%Y-%m-%d) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?'))."
	echo "Each query and \`grep -ic WORD FILE | cat\` in turns on bench's"
	echo "$rows-row file (page cache), $runs runs each: the median wall time"
	echo "and the CPU time (user and system) of that run. Load average when it"
	echo "ended: $(cut -d' ' -f1-3 /proc/loadavg)."
	echo
	echo "| query | citeq (s) | grep -ic (s) | citeq / grep | citeq CPU (s) | grep CPU (s) | target |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
	printf '%s\n' "$queries" | while IFS= read -r q; do
		set -- $(median "$work/search.t" "citeq|$q" "$runs") \
		    $(median "$work/search.t" "grep|$q" "$runs")
		awk -v q="$q" -v t="$1" -v c="$2" -v gt="$4" -v gc="$5" 'BEGIN {
			target = q ~ /[^ -~]/ ? "3" : "1.5"
			printf "| %s -c | %.3f | %.3f | %.2f | %.3f | %.3f | %s |\n",
			    q, t, gt, (gt > 0 ? t / gt : 0), c, gc, target
		}'
	done
	echo "<!-- /search.sh -->"
} > "$tbl"
cat "$tbl"

put_section search.sh "$tbl"
