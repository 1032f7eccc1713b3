#!/bin/sh
# Large inputs, and the threads citeq prints with (parprint.c: matching
# rows of files, and sorted rows, in CSV, TSV, JSON, JSON Lines, formatted
# in blocks on every core). Each query must print what the libcsv path
# prints on one thread (CITEQ_PLAIN=1), with the same messages, from one
# file or several whose columns differ; and stop cleanly when its output
# closes, even while its input is a pipe that waits. In a ThreadSanitizer
# build (CITEQ_TSAN) any data race fails the test.
#   threads.sh CITEQ GEN_CITATIONS GEN_HOSTILE
set -u
citeq=$1 gencit=$2 gen=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 ${TSAN_OPTIONS:-}"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

"$gencit" 40000 > "$tmp/big.csv"		# about 7 MB
"$gen" 5 16000 > "$tmp/hostile.csv"		# about 2.5 MB
"$gen" 12 16000 bad > "$tmp/bad.csv"		# malformed at 1.6 MB

same() {	# same QUERY FILE: fast and plain agree
	"$citeq" $1 "$2" > "$tmp/fast" 2> "$tmp/fast.err" < /dev/null
	fs=$?
	CITEQ_PLAIN=1 "$citeq" $1 "$2" > "$tmp/plain" 2> "$tmp/plain.err" < /dev/null
	ps=$?
	[ $fs = $ps ] || bad "citeq $1 $2: exit $fs, plain $ps ($(head -c 300 "$tmp/fast.err"))"
	cmp -s "$tmp/fast" "$tmp/plain" || bad "citeq $1 $2: output differs"
	cmp -s "$tmp/fast.err" "$tmp/plain.err" || bad "citeq $1 $2: messages differ"
	[ -s "$tmp/fast" ] || bad "citeq $1 $2: no output"
}
for f in big hostile bad; do
	for q in "-l ru -c" "-l ru,en --since 2017 -f csv" "-G source" \
	    "-S date -f csv" "-S -date,title -f tsv" "-S source -f json" \
	    "-S date -f jsonl" "-S date -f bibtex" "-s times -f jsonl" \
	    "-f csv" "-F id,title -f csv" "-F date,title,author -f tsv" \
	    "-f json" "-F title -f jsonl" "-S date -F id,date -f csv"; do
		same "$q" "$tmp/$f.csv"
	done
done

# However many threads format (CITEQ_THREADS; by default they are timed
# first, and a few columns out may keep to one): the same bytes.
for t in 1 2 4; do
	for q in "-F id,title -f csv" "-f csv" "-F title,date -f jsonl -l ru" \
	    "-S date -f csv" "-S date -F id,title -f tsv"; do
		for f in big hostile; do
			CITEQ_THREADS=$t "$citeq" $q "$tmp/$f.csv" > "$tmp/fast" \
			    2> "$tmp/fast.err"
			CITEQ_PLAIN=1 "$citeq" $q "$tmp/$f.csv" > "$tmp/plain" \
			    2> "$tmp/plain.err"
			cmp -s "$tmp/fast" "$tmp/plain" ||
				bad "CITEQ_THREADS=$t citeq $q $f.csv: output differs"
			cmp -s "$tmp/fast.err" "$tmp/plain.err" ||
				bad "CITEQ_THREADS=$t citeq $q $f.csv: messages differ"
		done
	done
done

# Several files, their columns in other orders and some only in one: each
# row is split again by its own file's header.
"$citeq" -F kind,id,date,title,lang,source -f csv "$tmp/big.csv" \
    > "$tmp/swapped.csv"
head -c 20 "$tmp/swapped.csv" | grep -q '^kind,id,' ||
	bad "swapped.csv: not made"
for q in "-f csv" "-F id,author,title -f tsv" "-f jsonl" "-S id -f csv"; do
	"$citeq" $q "$tmp/big.csv" "$tmp/swapped.csv" > "$tmp/fast" 2>&1
	fs=$?
	CITEQ_PLAIN=1 "$citeq" $q "$tmp/big.csv" "$tmp/swapped.csv" \
	    > "$tmp/plain" 2>&1
	[ $fs = $? ] || bad "citeq $q, two files: exit status differs"
	cmp -s "$tmp/fast" "$tmp/plain" || bad "citeq $q, two files: output differs"
	[ "$(wc -l < "$tmp/fast")" -gt 40000 ] ||
		bad "citeq $q, two files: $(wc -l < "$tmp/fast") lines"
done

# Through a pipe: sorted, and each row printed as it comes (only the
# columns printed split out).
for q in "-S date -f csv" "-F id,title -f csv" "-f tsv" "-F date,author -l ru -f json"; do
	cat "$tmp/big.csv" | "$citeq" $q > "$tmp/fast" 2>&1
	CITEQ_PLAIN=1 "$citeq" $q "$tmp/big.csv" > "$tmp/plain" 2>&1
	cmp -s "$tmp/fast" "$tmp/plain" || bad "a pipe, citeq $q: output differs"
done

# The output closes early: no message, status 0 (what a closed pipe is).
for q in "-f csv" "-S date -f csv"; do
	"$citeq" $q "$tmp/big.csv" 2> "$tmp/err" | head -n 3 > /dev/null
	[ -s "$tmp/err" ] && bad "citeq $q | head: stderr '$(cat "$tmp/err")'"
done

# The output closes while the input is a pipe that has more to come:
# citeq must end at once, not when the pipe does. (2.4 MB: the output
# closes after 8000 of its 14,000 rows, while more of them are printed.)
"$gencit" 14000 > "$tmp/mid.csv"
# (The feeder's pid is kept, to end it without pkill, which minimal
# systems lack.)
sh -c 'echo $$ > "$1"; cat "$2"; exec sleep 20' sh "$tmp/feeder" "$tmp/mid.csv" |
	( "$citeq" -f csv 2> "$tmp/err"; echo $? > "$tmp/status" ) |
	head -n 8000 > /dev/null &
pid=$!
i=0
while [ $i -lt 100 ] && [ ! -s "$tmp/status" ]; do
	i=$((i + 1)); sleep 0.1
done
if [ ! -s "$tmp/status" ]; then
	bad "citeq still runs 10 s after its output closed"
else
	[ "$(cat "$tmp/status")" = 0 ] ||
		bad "closed output, pipe waiting: status $(cat "$tmp/status")"
	[ -s "$tmp/err" ] &&
		bad "closed output, pipe waiting: stderr '$(cat "$tmp/err")'"
fi
kill "$(cat "$tmp/feeder")" 2>/dev/null
wait $pid 2>/dev/null
exit $fail
