#!/bin/sh
# Runs a fuzz target: run.sh TARGET NAME SECONDS SOURCE_DIR
# First every input in tests/fuzz/regress/NAME (each a crash found once),
# then SECONDS of fuzzing from a corpus seeded with the test data, with a
# fixed random seed so that a run can be repeated.
set -u
target=$1 name=$2 seconds=$3 src=$4
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
regress=$src/tests/fuzz/regress/$name
if [ -d "$regress" ] && [ -n "$(ls "$regress")" ]; then
	"$target" "$regress"/* > "$corpus.log" 2>&1 || {
		cat "$corpus.log"; rm -f "$corpus.log"
		echo "FAIL: a regression input of $name fails again"; exit 1; }
	rm -f "$corpus.log"
fi
case $name in
csv|output)
	cp "$src"/tests/data/*.csv "$corpus"/
	for f in "$src"/tests/data/check/*.csv; do
		cp "$f" "$corpus/check-${f##*/}"
	done ;;
import)
	cp "$src"/tests/data/*.txt "$corpus"/ ;;
date|options)
	i=0
	while IFS= read -r line; do
		i=$((i + 1))
		printf '%s' "$line" > "$corpus/seed$i"
	done < "$src/tests/fuzz/seeds/$name.txt" ;;
esac
"$target" -seed=1 -max_total_time="$seconds" -max_len=65536 -timeout=10 \
	-rss_limit_mb=4096 -print_final_stats=1 "$corpus" > "$corpus.log" 2>&1
status=$?
tail -25 "$corpus.log"
rm -f "$corpus.log"
exit $status
