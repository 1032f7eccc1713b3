#!/bin/sh
# The external sort (--buffer-size): past the budget, -S sorts runs into
# temporary files in $TMPDIR and merges them. It must print the same bytes
# as the sort in memory (equal keys in input order, several keys, "-",
# undated rows), the order must hold by itself, and a signal in the middle
# of a merge must leave no temporary file behind.
#   extsort.sh CITEQ GEN_CITATIONS
set -u
citeq=$1 gencit=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
mkdir "$tmp/t"
export TMPDIR="$tmp/t"

"$gencit" 6000 > "$tmp/c.csv"
# rows without a date, or with one that cannot be read, and equal keys
printf '%s\n' '90001,citation,,Undated one,Src,,en,,,,,,,,' \
    '90002,citation,,Bad date,Src,someday,en,,,,,,,,' \
    '90003,citation,,Undated two,Src,,en,,,,,,,,' >> "$tmp/c.csv"

for q in "date" "-date" "lang,-date" "source,date,-id" "title" \
    "-source,lang" "date,title"; do
	for f in csv json; do
		"$citeq" -S "$q" -f $f "$tmp/c.csv" > "$tmp/mem" 2> "$tmp/mem.err"
		ms=$?
		for b in 1K 100K 1M; do
			"$citeq" -S "$q" -f $f --buffer-size=$b "$tmp/c.csv" \
			    > "$tmp/ext" 2> "$tmp/ext.err"
			es=$?
			[ $ms = $es ] || bad "-S $q -f $f --buffer-size=$b: exit $es, in memory $ms"
			cmp -s "$tmp/mem" "$tmp/ext" || bad "-S $q -f $f --buffer-size=$b: output differs"
			cmp -s "$tmp/mem.err" "$tmp/ext.err" || bad "-S $q -f $f --buffer-size=$b: messages differ"
		done
	done
done

# The order by itself: dates ascending, undated last, equal dates in
# input order (the generator numbers ids in order).
"$citeq" -S date -F date,id -f tsv --buffer-size=1K "$tmp/c.csv" 2> /dev/null |
    awk -F'\t' 'NR > 1 && $1 != "" && $1 !~ /^[0-9-]+$/ { next }
	NR > 2 { if (pd == "" && $1 != "") { print "dated after undated: " $0; bad = 1 }
		 if (pd != "" && $1 != "" && ($1 < pd || ($1 == pd && $2 + 0 < pid + 0))) {
			print "out of order: " pd " " pid " then " $1 " " $2; bad = 1 } }
	NR > 1 { pd = $1; pid = $2 }
	END { exit bad }' > "$tmp/order" || bad "order: $(head -3 "$tmp/order")"

[ -z "$(ls -A "$TMPDIR")" ] || bad "temporary files left: $(ls -A "$TMPDIR")"

# A signal in the middle of the merge: the output is a FIFO that is read
# once the first row has come (so the runs are written and merging) and
# then left unread, so that citeq waits there with its runs open.
"$gencit" 20000 > "$tmp/d.csv"
mkfifo "$tmp/fifo"
for sig in TERM INT KILL; do
	"$citeq" -S date -f csv --buffer-size=4K "$tmp/d.csv" > "$tmp/fifo" &
	pid=$!
	head -c 100 < "$tmp/fifo" > /dev/null &
	hpid=$!
	exec 3< "$tmp/fifo"	# keeps the FIFO open for citeq after head
	wait $hpid
	sleep 0.3
	# the runs are there, open but nameless
	n=$(ls -l /proc/$pid/fd 2> /dev/null | grep -c "$TMPDIR")
	[ "$n" -ge 1 ] || bad "SIG$sig: no temporary file open during the merge"
	kill -$sig $pid
	exec 3<&-
	wait $pid 2> /dev/null
	[ -z "$(ls -A "$TMPDIR")" ] || bad "SIG$sig: temporary files left: $(ls -A "$TMPDIR")"
done

# Errors: a directory that is not there, and a size that is not one.
TMPDIR=$tmp/none "$citeq" -S date --buffer-size=1K "$tmp/c.csv" > /dev/null 2> "$tmp/err"
s=$?
[ $s = 2 ] || bad "TMPDIR missing: exit $s"
grep -q "^citeq: temporary file in $tmp/none: No such file or directory\$" "$tmp/err" ||
    bad "TMPDIR missing: message '$(cat "$tmp/err")'"
exit $fail
