#!/bin/sh
# The benchmark: citeq and its peers on the same synthetic citations file.
#   bench/run.sh [ROWS] [RUNS]     (defaults: 1000000 rows, 5 runs)
# csvkit runs the first query only: it takes minutes a run on a million
# rows. The text searches run beside grep -i only; the report gives them as
# ratios to grep's time in the same run. Installs what it needs (Debian's miller and csvkit, DuckDB from npm),
# builds citeq (Release) and the generator, makes the file, warms the page
# cache, and runs each query RUNS times with each tool (citeq-plain is citeq
# with its fast path off, CITEQ_PLAIN=1). It prints the median
# wall time, throughput and peak memory of each, with the ratio to citeq,
# and writes bench/RESULTS.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(dirname "$here")
rows=${1:-1000000}
runs=${2:-5}
work=${BENCH_DIR:-/tmp/citeq-bench}
mkdir -p "$work"

# ---- tools ----
need=""
command -v mlr > /dev/null || need="$need miller"
command -v csvgrep > /dev/null || need="$need csvkit"
command -v node > /dev/null || need="$need nodejs npm"
command -v /usr/bin/time > /dev/null || need="$need time"
if [ -n "$need" ]; then
	sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $need
fi
if [ ! -d "$work/node_modules/@duckdb/node-api" ]; then
	(cd "$work" && npm install --silent --no-audit --no-fund @duckdb/node-api@1.5.6-r.1 > /dev/null)
fi
cp "$here/duck.mjs" "$work/duck.mjs"
. "$here/lib.sh"
build_tools
file=$work/citations-$rows.csv
[ -s "$file" ] || "$work/gen" "$rows" > "$file"
size=$(wc -c < "$file")
cat "$file" > /dev/null		# into the page cache

# ---- measuring ----
# measure NAME COMMAND: median seconds, the peak RSS and the CPU seconds
# (user and system) of the median run.
measure() {
	: > "$work/times"
	i=0
	while [ $i -lt "$runs" ]; do
		if ! /usr/bin/time -f "%e %M %U %S" -o "$work/t1" sh -c "$2" > /dev/null 2> "$work/err"; then
			echo "FAILED: $2: $(tail -2 "$work/err")" >&2
			echo "- - -"
			return
		fi
		awk '{ print $1, $2, $3 + $4 }' "$work/t1" >> "$work/times"
		i=$((i + 1))
	done
	sort -n "$work/times" | sed -n "$(( (runs + 1) / 2 ))p"
}

results=$work/results
: > "$results"
q=0
while IFS='@' read -r name citeq_args mlr_cmd csvkit_cmd duck_sql grep_cmd; do
	q=$((q + 1))
	for tool in citeq citeq-plain mlr csvkit duckdb grep; do
		case $tool in
		citeq) cmd="$citeq $citeq_args $file" ;;
		citeq-plain) cmd="CITEQ_PLAIN=1 $citeq $citeq_args $file" ;;
		mlr) cmd=$(printf '%s' "$mlr_cmd" | sed "s|FILE|$file|g") ;;
		csvkit) cmd=$(printf '%s' "$csvkit_cmd" | sed "s|FILE|$file|g") ;;
		duckdb) cmd=$(printf '%s' "$duck_sql" | sed "s|FILE|$file|g")
			[ -n "$cmd" ] && [ "$cmd" != - ] &&
				cmd="cd $work && node duck.mjs \"$cmd\"" ;;
		grep) cmd=$(printf '%s' "$grep_cmd" | sed "s|FILE|$file|g") ;;
		esac
		# citeq exits 1 when nothing matches: the word that is nowhere
		case $tool.$name in citeq*zzzqqq*) cmd="$cmd; true" ;; esac
		if [ -z "$cmd" ] || [ "$cmd" = "-" ]; then
			echo "$q|$name|$tool|-|-" >> "$results"
			continue
		fi
		set -- $(measure "$tool" "$cmd")
		[ "$1" = "-" ] && { echo "$q|$name|$tool|-|-" >> "$results"; continue; }
		echo "$q|$name|$tool|$1|$2|$3" >> "$results"
		echo "$name  $tool  $1 s  $2 KB  $3 s CPU" >&2
	done
done <<'QUERIES'
--lang ru --count@-l ru -c@mlr --icsv --ojson filter '$lang == "ru"' then count FILE@csvgrep -c lang -r '^ru$' FILE | csvstat --count@SELECT count(*) FROM read_csv('FILE') WHERE lang = 'ru'@grep -c ',ru,' FILE | cat
--lang ru --since 2017 -f csv@-l ru --since 2017 -f csv@mlr --csv filter '$lang == "ru" && $date >= "2017"' FILE@-@COPY (SELECT * FROM read_csv('FILE') WHERE lang = 'ru' AND date >= '2017-01-01') TO '/dev/stdout' (HEADER)@-
--source "astana times" -f jsonl@-s 'astana times' -f jsonl@mlr --icsv --ojsonl filter 'tolower($source) =~ "astana times"' FILE@-@-@grep -ci 'astana times' FILE | cat
--group-by source@-G source@mlr --icsv --ocsv count-distinct -f source then sort -nr count FILE@-@SELECT source, count(*) AS n FROM read_csv('FILE') GROUP BY source ORDER BY n DESC@-
--sort date -f csv@-S date -f csv@mlr --csv sort -f date FILE@-@COPY (SELECT * FROM read_csv('FILE') ORDER BY date NULLS LAST) TO '/dev/stdout' (HEADER)@-
-g zzzqqq -c@-g zzzqqq -c@-@-@-@grep -ic zzzqqq FILE | cat
-t zzzqqq -c@-t zzzqqq -c@-@-@-@grep -ic zzzqqq FILE | cat
-g syria -c@-g syria -c@-@-@-@grep -ic syria FILE | cat
-t syria -c@-t syria -c@-@-@-@grep -ic syria FILE | cat
-g переговоры -c@-g переговоры -c@-@-@-@grep -ic переговоры FILE | cat
-t переговоры -c@-t переговоры -c@-@-@-@grep -ic переговоры FILE | cat
QUERIES

# ---- report ----
{
	echo "# citeq benchmark"
	echo
	echo "Made by \`bench/run.sh $rows $runs\` on $(date -u +%Y-%m-%d) ($(git -C "$top" rev-parse --short HEAD 2>/dev/null || echo '?'))."
	echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)."
	echo "File: $rows rows, $size bytes ($(awk -v s="$size" 'BEGIN { printf "%.0f MB", s / 1e6 }')), in the page cache."
	echo "Median of $runs runs; throughput = file size / time; memory = peak RSS."
	echo
	echo "| query | tool | time (s) | MB/s | peak memory (MB) | time / citeq's |"
	echo "| --- | --- | ---: | ---: | ---: | ---: |"
	awk -F'|' -v size="$size" '
		$3 == "citeq" { base[$1] = $4 }
		{ rows[NR] = $0 }
		END {
			for (i = 1; i <= NR; i++) {
				split(rows[i], f, "|")
				if (f[4] == "-") { printf "| %s | %s | n/a | | | |\n", f[2], f[3]; continue }
				mbs = f[4] > 0 ? size / 1e6 / f[4] : 0
				ratio = base[f[1]] > 0 ? f[4] / base[f[1]] : 0
				printf "| %s | %s | %.2f | %.0f | %.1f | %.2f |\n", f[2], f[3], f[4], mbs, f[5] / 1024, ratio
			}
		}' "$results"
	echo
	echo "## Text search against grep -i"
	echo
	echo "The same queries as ratios to \`grep -ic WORD FILE | cat\` in the same run"
	echo "(median wall time of $runs runs each, and CPU time, user and system, of"
	echo "the median run: citeq reads on two threads, grep on one)."
	echo
	echo "| query | citeq (s) | grep -ic (s) | citeq / grep | citeq CPU (s) | grep CPU (s) | CPU ratio | target |"
	echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	awk -F'|' '
		$2 ~ /^-[gt] / && $3 == "citeq" { t[$2] = $4; c[$2] = $6; order[++n] = $2 }
		$2 ~ /^-[gt] / && $3 == "grep" { gt[$2] = $4; gc[$2] = $6 }
		END {
			for (i = 1; i <= n; i++) {
				q = order[i]
				target = q ~ /[^ -~]/ ? "3" : "1.5"
				r = gt[q] > 0 ? t[q] / gt[q] : 0
				rc = gc[q] > 0 ? c[q] / gc[q] : 0
				printf "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %s |\n", q, t[q], gt[q],
				    r, c[q], gc[q], rc, target
			}
		}' "$results"
} > "$here/RESULTS.md"
cat "$here/RESULTS.md"
