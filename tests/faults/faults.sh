#!/bin/sh
# I/O faults injected with an LD_PRELOAD shim: read errors, failed opens and
# out-of-memory give a clear one-line error and exit status 2, never a
# crash, and never half a row or half a file.
#   faults.sh CITEQ SHIM DATA_DIR
set -u
citeq=$1 shim=$2 data=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
run() {	# run ENV...: citeq under the shim, with the ENV given
	env "$@" LD_PRELOAD="$shim" "$citeq" ${ARGS} < /dev/null \
		> "$tmp/out" 2> "$tmp/err"
}

# read_error WHAT ROWS AFTER MIN: a file of ROWS rows whose read fails after
# AFTER bytes gives exit 2, one line naming the file and a line, and
# output that ends in a whole row; at least MIN lines of it.
read_error() {
	what=$1 rows=$2 after=$3 min=$4
	awk -v n="$rows" 'BEGIN { print "id,title"; for (i = 0; i < n; i++) print i ",\"title, " i "\"" }' > "$tmp/big.csv"
	ARGS="-f csv $tmp/big.csv"
	run CITEQ_FAULT_READ_AFTER="$after"; status=$?
	[ $status = 2 ] || bad "$what: status $status, not 2"
	grep -qx "citeq: $tmp/big.csv:[0-9]*: Input/output error" "$tmp/err" ||
		bad "$what: stderr is '$(cat "$tmp/err")'"
	[ "$(tail -c 1 "$tmp/out" | od -An -c | tr -d ' ')" = '\n' ] ||
		bad "$what: the output ends in half a row"
	[ "$(wc -l < "$tmp/out")" -ge "$min" ] ||
		bad "$what: only $(wc -l < "$tmp/out") lines before it"
}

# A read error in the middle of a file.
read_error "read error" 20000 100000 1
# The same past the first megabyte, where the input is read ahead on a
# second thread: the same message, from that thread's read.
read_error "read error ahead" 100000 1500000 40000

# A file that cannot be opened: reported, the next one still read.
cp "$data/mini.csv" "$tmp/secret.csv"
ARGS="-F id $tmp/secret.csv $data/mini.csv"
run CITEQ_FAULT_OPEN=secret.csv; status=$?
[ $status = 2 ] || bad "unreadable file: status $status, not 2"
grep -qx "citeq: $tmp/secret.csv: Permission denied" "$tmp/err" ||
	bad "unreadable file: stderr is '$(cat "$tmp/err")'"
[ "$(cat "$tmp/out")" = "$(printf 'id\n1\n2')" ] ||
	bad "unreadable file: the next file was not read"

# A read error during an import: no output file at all.
ARGS="import $data/astana-platform.txt -o $tmp/imp.csv"
run CITEQ_FAULT_READ_AFTER=2000; status=$?
[ $status = 2 ] || bad "import with a read error: status $status"
[ -e "$tmp/imp.csv" ] && bad "import with a read error wrote a file"
ls "$tmp" | grep -q '^imp.csv.' && bad "import left a temporary file"

# Out of memory at every seventh allocation of a query, a sort, a frequency
# table and the bibliographic formats: exit 2 with one line, or success;
# never a signal. (Not citeq import: libexttextcat itself crashes when its
# allocations fail.)
n=0
for args in "-l ru --since 2017 -f json" "-S -date -f table" "-G lang" \
    "-f bibtex" "-f csl -S title" "-f wiki"; do
	ARGS=$args
	run > /dev/null; full=$?
	k=0
	while [ $k -lt 400 ]; do
		run CITEQ_FAULT_MALLOC_AFTER=$k; status=$?
		n=$((n + 1))
		if [ $status -ge 128 ]; then
			bad "out of memory after $k allocations of '$args': signal $((status - 128))"
		elif [ $status = 2 ]; then
			[ "$(wc -l < "$tmp/err")" = 1 ] && grep -q "^citeq: " "$tmp/err" ||
				bad "out of memory after $k of '$args': '$(head -c 200 "$tmp/err")'"
		elif [ $status != "$full" ]; then
			bad "out of memory after $k of '$args': status $status, not $full"
		fi
		k=$((k + 7))
	done
done
[ $fail = 0 ] && echo "$n runs with faults, each a clean error or a clean success"
exit $fail
