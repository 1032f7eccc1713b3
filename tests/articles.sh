#!/bin/sh
# citeq import against the real articles in tests/data/articles: every
# keyed field of every reference (NAME.key.csv, checked by hand against the
# article's line), every reference line given back by -f wiki, and the
# lines -f wiki gives read again into the same rows.
#   articles.sh CITEQ DATA_DIR
# A field that differs from its key fails, unless the key's "why" column
# says why the importer is known to get it wrong. The key's columns are
# the fields compared (id first, why last), matched to the import's by
# name: an extra column the import did not write (no row has a value for
# it) reads as empty. Prints the scores.
set -u
citeq=$1
dir=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0
fail=0
total_fields=0
right_fields=0
total_lines=0
same_lines=0
for key in "$dir"/*.key.csv; do
	name=$(basename "$key" .key.csv)
	art=$dir/$name.txt
	"$citeq" import "$art" > "$tmp/rows.csv" 2> "$tmp/err" || {
		echo "FAIL $name: citeq import failed"; cat "$tmp/err"
		fail=$((fail + 1)); continue; }
	"$citeq" -k citation -f tsv "$tmp/rows.csv" > "$tmp/got.tsv"
	"$citeq" -f tsv "$key" > "$tmp/want.tsv"
	# field by field, rows matched by id, columns by name
	awk -F '\t' -v name="$name" '
		NR == FNR {
			if (FNR == 1) { for (i = 1; i <= NF; i++) gcol[$i] = i; next }
			got[$1] = $0; next
		}
		FNR == 1 { for (i = 1; i <= NF; i++) col[i] = $i; next }
		{
			n = split(got[$1], g, "\t")
			if (!($1 in got)) { print "FAIL " name " " $1 ": no row"; bad++ }
			for (i = 2; i < NF; i++) {
				total++
				v = col[i] in gcol ? g[gcol[col[i]]] : ""
				if (v == $i) { right++; continue }
				if ($NF != "") { known++; continue }
				printf "FAIL %s %s %s: got \"%s\", want \"%s\"\n", name, $1, col[i], v, $i
				bad++
			}
		}
		END { printf "%s %d %d %d %d\n", "SCORE", total, right, known, bad }
	' "$tmp/got.tsv" "$tmp/want.tsv" > "$tmp/score"
	grep '^FAIL' "$tmp/score"
	set -- $(grep '^SCORE' "$tmp/score")
	total_fields=$((total_fields + $2))
	right_fields=$((right_fields + $3))
	# the reference lines back, byte for byte
	grep '^ *[0-9]*\. ^' "$art" > "$tmp/lines"
	"$citeq" -f wiki "$tmp/rows.csv" > "$tmp/back"
	n=$(wc -l < "$tmp/lines")
	same=$(paste -d '\n' "$tmp/lines" "$tmp/back" | awk 'NR % 2 { a = $0; next } $0 == a { s++ } END { print s + 0 }')
	total_lines=$((total_lines + n))
	same_lines=$((same_lines + same))
	# the lines read again: the same rows
	"$citeq" -k citation -f csv "$tmp/rows.csv" > "$tmp/refs.csv"
	"$citeq" import "$tmp/back" 2> /dev/null > "$tmp/again.csv"
	if cmp -s "$tmp/refs.csv" "$tmp/again.csv"; then again=same; else again=other; fi
	if [ "$5" -gt 0 ] || [ "$same" != "$n" ] || [ "$again" != same ]; then
		[ "$same" = "$n" ] || diff "$tmp/lines" "$tmp/back" | head -20
		[ "$again" = same ] || diff "$tmp/refs.csv" "$tmp/again.csv" | head -20
		echo "FAIL $name: $3 of $2 fields right ($4 known misses), $same of $n lines back, $again rows read again"
		fail=$((fail + 1))
	else
		echo "ok $name: $3 of $2 fields right ($4 known misses), $same of $n lines back, $again rows read again"
		pass=$((pass + 1))
	fi
done
echo "fields: $right_fields of $total_fields right; lines: $same_lines of $total_lines back byte for byte"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ] && [ "$pass" -gt 0 ]
