#!/bin/sh
# Runs one golden test case: cli-run.sh CITEQ CASE.t
#
# A case file holds a command and what it must print:
#   $ citeq -l ru -F id          the command (sh syntax; "citeq" is the
#                                binary under test); one or more lines
#   ? 0                          the exit status (default 0)
#   > id                         each line of standard output
#   ! citeq: ...                 each line of standard error
#   # ...                        a comment
# Lines "> " and "! " are compared exactly (after the two-character tag);
# a bare ">" or "!" is an empty line. The command runs in tests/data with
# standard input from /dev/null unless it redirects it, with COLUMNS unset
# and LC_ALL=C.UTF-8.
set -u
citeq=$1
case_file=$2
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

mkdir "$tmp/bin"
if [ -n "${CITEQ_WRAP:-}" ]; then
	# Run citeq under a tool (valgrind): any report fails the case, as it
	# changes the exit status or standard error.
	printf '#!/bin/sh\nexec %s "%s" "$@"\n' "$CITEQ_WRAP" "$citeq" > "$tmp/bin/citeq"
	chmod +x "$tmp/bin/citeq"
else
	ln -s "$citeq" "$tmp/bin/citeq"
fi
: > "$tmp/cmd"; : > "$tmp/want.out"; : > "$tmp/want.err"
want_status=0
while IFS= read -r line || [ -n "$line" ]; do
	case $line in
	'$ '*) printf '%s\n' "${line#\$ }" >> "$tmp/cmd" ;;
	'? '*) want_status=${line#'? '} ;;
	'>') echo >> "$tmp/want.out" ;;
	'> '*) printf '%s\n' "${line#> }" >> "$tmp/want.out" ;;
	'!') echo >> "$tmp/want.err" ;;
	'! '*) printf '%s\n' "${line#! }" >> "$tmp/want.err" ;;
	'#'*|'') ;;
	*) echo "$case_file: bad line: $line" >&2; exit 2 ;;
	esac
done < "$case_file"

cd "$here/data" || exit 2
env -u COLUMNS -u NO_COLOR LC_ALL=C.UTF-8 PATH="$tmp/bin:$PATH" \
	sh "$tmp/cmd" > "$tmp/got.out" 2> "$tmp/got.err" < /dev/null
status=$?

ok=1
if ! diff -u "$tmp/want.out" "$tmp/got.out" > "$tmp/diff.out"; then
	echo "--- stdout differs:"; cat "$tmp/diff.out"; ok=0
fi
if ! diff -u "$tmp/want.err" "$tmp/got.err" > "$tmp/diff.err"; then
	echo "--- stderr differs:"; cat "$tmp/diff.err"; ok=0
fi
if [ "$status" != "$want_status" ]; then
	echo "--- exit status $status, want $want_status"; ok=0
fi
[ $ok = 1 ]
