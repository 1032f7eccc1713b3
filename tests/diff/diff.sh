#!/bin/sh
# The differential test of the fast path: every query below, on every test
# file, the real exports in ../shared/realdata (where they are) and
# generated files with hostile quoting, must print the same
# standard output, the same messages and the same exit status with the
# fast path (the default) and with libcsv alone (CITEQ_PLAIN=1). Some of
# the files are also written separated by semicolons and tabs (by Python's
# csv module, and citeq's own TSV), whose delimiter citeq finds from the
# header; the TAB-separated ones go through the TSV splitter on both paths,
# the rest of the fast path (the raw-byte prefilter, the answers from a
# field's column) against the plain one; and a few queries again with the
# narrower scans that CITEQ_SIMD forces.
#   diff.sh CITEQ SOURCE_DIR GEN_HOSTILE GEN_CITATIONS
set -u
citeq=$1 src=$2 gen=$3 gencit=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

i=1
while [ $i -le 25 ]; do
	"$gen" $i 400 > "$work/good$i.csv"
	"$gen" $((i + 1000)) 200 bad > "$work/bad$i.csv"
	i=$((i + 1))
done
# Large enough (over 1 MB) for many fills of the 64 KB read buffer.
"$gencit" 20000 > "$work/bench.csv"
"$gen" 7 16000 > "$work/big.csv"
"$gen" 12 16000 bad > "$work/bigbad.csv"	# malformed at 1.6 MB

conv() {	# conv IN OUT DELIM: IN written again by Python's csv module
	python3 -c 'import csv, sys
d = "\t" if sys.argv[3] == "tab" else sys.argv[3]
kw = dict(newline="", encoding="utf-8", errors="surrogateescape")
with open(sys.argv[1], **kw) as f, open(sys.argv[2], "w", **kw) as g:
    csv.writer(g, delimiter=d, lineterminator="\n").writerows(csv.reader(f))
' "$1" "$2" "$3"
}
conv "$work/bench.csv" "$work/bench-semi.csv" ";"
"$citeq" -f tsv "$work/bench.csv" > "$work/bench.tsv"
for i in 1 2 3; do
	conv "$work/good$i.csv" "$work/good$i-semi.csv" ";"
	conv "$work/good$i.csv" "$work/good$i-py.tsv" tab
done

queries='-c
-l ru -c
-l ru -f csv
-l ru,en --since 2017 -f csv
-l Russian -f tsv
-s astana\ times -f jsonl
-s ASTANA -c
-a putz -f json
-t талк -c
-g astana -f csv
-G source
-G lang
-G year
-G kind -S count
-S date -f csv
-S -title,id -f tsv
-S lang,-date -l ru,ar -f jsonl
-S date -f table
-d 2017 -f csv
--until 2016 --undated -c
--undated -f csv
--date-field=retrieved --since 2018 -f csv
--dead -f json
--live -c
-i 1-50,F1-F3 -f csv
-k fact -f csv
-F title,lang -l ru -f csv
-f bibtex -l en
-f csl -s times
-f ris -d 2015
-f wiki
--check
-g syria -c
-g syria -d 2017 -f csv
-g zzzqqq -c
-g "sant’egidio" -f csv
-g \" -c
-g , -c
-g ";" -c
-g "; " -f csv
-g "\\" -c
-g "\\n" -f csv
-t suggere -c
-t переговоры -f csv
-g السلام -c
-s "!times" -c
-l "!en,ru" -c
-t "!talks" -t "!syria" -f csv
-v -g astana -c
-v -l ru -f csv
--any -l ru -s times -c
--any -g astana -d 2017 -c
-E -t "syri(a|e)" -c
-E -g "^the .*s$" -f csv
-w -g opposition -c
-w -t talk -c
-w -v -t syria -c
-t syria -f csv
-a times -c
-s news -t talks -f csv
-v -t syria -c
--any -t syria -s times -c'

files="$work/bench.csv $work/big.csv $work/bigbad.csv $work/bench-semi.csv $work/bench.tsv"
for f in "$src"/tests/data/*.csv "$src"/tests/data/*.tsv "$src"/tests/data/check/*.csv "$work"/good*.csv "$work"/good*.tsv "$work"/bad*.csv; do
	files="$files $f"
done
# The real Zotero and Scopus exports, where ../shared is beside the clone.
for f in "$src"/../shared/realdata/*.csv; do
	[ -f "$f" ] && files="$files $f"
done

runs=0 fails=0 nonempty=0
one() {	# one FILE-OR-EMPTY QUERY [PIPE-INTO] [FAST-PATH-ENV]
	CITEQ_PLAIN=1 sh -c "${3:-} \"$citeq\" $2 $1" > "$work/plain.out" 2> "$work/plain.err" < /dev/null
	ps=$?
	sh -c "${3:-} ${4:-} \"$citeq\" $2 $1" > "$work/fast.out" 2> "$work/fast.err" < /dev/null
	fs=$?
	runs=$((runs + 1))
	[ -s "$work/fast.out" ] && nonempty=$((nonempty + 1))
	if [ $ps != $fs ] || ! cmp -s "$work/plain.out" "$work/fast.out" ||
	    ! cmp -s "$work/plain.err" "$work/fast.err"; then
		fails=$((fails + 1))
		echo "DIFFERS: ${4:-}citeq $2 $1 (exit $ps plain, $fs fast)"
		diff "$work/plain.out" "$work/fast.out" | head -5
		diff "$work/plain.err" "$work/fast.err" | head -5
	fi
}
# CITEQ_DIFF_STRIDE=N (the sanitizer build's, where each run is slow):
# each file meets every Nth query, a different Nth for each file, so that
# every query and every file still run, but not every pair.
stride=${CITEQ_DIFF_STRIDE:-1}
echo "$queries" > "$work/queries"
qi=0
while IFS= read -r q; do
	one "" "$q"			# the built-in data
	fi=0
	for f in $files; do
		[ $(((qi + fi) % stride)) = 0 ] && one "$f" "$q"
		fi=$((fi + 1))
	done
	one "- < $work/good1.csv" "$q"	# standard input
	one "- < /dev/null" "$q" "cat $work/big.csv |"	# a pipe
	qi=$((qi + 1))
done < "$work/queries"
# The narrower paths of the fast one (CITEQ_SIMD): record ends found a
# byte or sixteen bytes at a time, the text scans sixteen at a time, where
# the machine would take thirty-two.
fi=0
for q in '-c' '-g syria -c' '-t syria -f csv' '-t "sant'"'"'egidio" -c' '--check'; do
	for f in $files; do
		if [ $((fi % stride)) = 0 ]; then
			one "$f" "$q" "" CITEQ_SIMD=plain
			one "$f" "$q" "" CITEQ_SIMD=sse2
		fi
		fi=$((fi + 1))
	done
done
echo "$runs runs, $nonempty with output, $fails differ"
[ $fails = 0 ] && [ $nonempty -gt $((runs / 2)) ]
