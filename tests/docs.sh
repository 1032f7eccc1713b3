#!/bin/sh
# The man page, --help and the README agree with the program:
#   docs.sh CITEQ SOURCE_DIR
# - mandoc -Tlint finds nothing of level warning or worse in man/citeq.1;
# - the synopsis of --help is the man page's, word for word;
# - every long option is in both the man page and --help;
# - every example in the man page (.Dl citeq ...) and in the README
#   ("$ citeq ..." lines) runs with exit status 0 and nothing on standard
#   error but warnings. They run in a copy of tests/data, where the files
#   they name are.
set -u
citeq=$1
src=$2
man=$src/man/citeq.1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/bin"
cp -R "$src/tests/data" "$tmp/data"
ln -s "$citeq" "$tmp/bin/citeq"
fail=0
bad() { echo "FAIL: $*"; fail=1; }

mandoc -Tlint -W warning "$man" || bad "mandoc -Tlint reports problems"

mandoc -Tascii "$man" | col -b |
	sed -n '/^SYNOPSIS/,/^DESCRIPTION/p' | sed '1d;$d' | tr -s ' \t\n' ' ' |
	sed 's/^ //; s/ $//' > "$tmp/man.syn"
"$citeq" --help | sed '/^$/q' | tr -s ' \t\n' ' ' |
	sed 's/^usage: //; s/ $//' > "$tmp/help.syn"
cmp -s "$tmp/man.syn" "$tmp/help.syn" ||
	bad "synopsis differs: man '$(cat "$tmp/man.syn")'," \
	    "help '$(cat "$tmp/help.syn")'"

grep -o 'Fl \\-[a-z\\-]*' "$man" | sed 's/Fl \\-/--/; s/\\//g' | sort -u \
	> "$tmp/man.opts"
"$citeq" --help | grep -o -- '--[a-z][a-z-]*' | sort -u > "$tmp/help.opts"
cmp -s "$tmp/man.opts" "$tmp/help.opts" ||
	bad "long options differ (man < > help): $(diff "$tmp/man.opts" \
	    "$tmp/help.opts" | grep '^[<>]' | tr '\n' ' ')"
[ -s "$tmp/man.opts" ] || bad "no options found in the man page"

run_examples() {
	what=$1
	n=0
	while IFS= read -r cmd; do
		n=$((n + 1))
		(cd "$tmp/data" && env -u COLUMNS PATH="$tmp/bin:$PATH" \
			sh -c "$cmd" > "$tmp/out" 2> "$tmp/err" < /dev/null)
		status=$?
		[ $status -eq 0 ] || bad "$what example exits $status: $cmd"
		grep -v "^citeq: .*warning: " "$tmp/err" > "$tmp/errors"
		[ -s "$tmp/errors" ] && bad "$what example fails: $cmd: $(cat "$tmp/errors")"
	done
	[ $n -gt 0 ] || bad "no examples found in the $what"
	echo "$what: $n examples run"
}
sed -n 's/^\.Dl //p' "$man" | grep '^citeq' | sed 's/\\-/-/g; s/\\&//g' \
	> "$tmp/man.ex"
run_examples "man page" < "$tmp/man.ex"
sed -n 's/^ *\$ \(citeq.*\)/\1/p' "$src/README.md" > "$tmp/readme.ex"
run_examples README < "$tmp/readme.ex"

exit $fail
