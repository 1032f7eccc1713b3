#!/bin/sh
# BibLaTeX written by citeq reads back to the same BibLaTeX, on Debian's
# real bibliographies (texlive-bibtex-extra): biblatex's
# biblatex-examples.bib and Nelson Beebe's tugboat.bib.
#   bibroundtrip.sh CITEQ
# `citeq -f bibtex X.bib | citeq -f bibtex` must equal `citeq -f bibtex
# X.bib` byte for byte, with every entry there. Exit 77 (skipped) when
# neither file is installed.
set -u
citeq=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
found=0
bad() { echo "FAIL: $*"; fail=1; }

for name in biblatex-examples.bib tugboat.bib; do
	f=
	for dir in /usr/share/texlive/texmf-dist/bibtex/bib/biblatex/biblatex \
	    /usr/share/texlive/texmf-dist/bibtex/bib/beebe \
	    /usr/share/texmf/bibtex/bib; do
		[ -f "$dir/$name" ] && { f=$dir/$name; break; }
	done
	[ -n "$f" ] || f=$(find /usr/share -name "$name" 2>/dev/null | head -1)
	[ -n "$f" ] || { echo "no $name"; continue; }
	found=$((found + 1))
	"$citeq" -f bibtex "$f" > "$tmp/once.bib" 2> "$tmp/once.err"
	st=$?
	[ "$st" = 0 ] || bad "$name: first pass exits $st: $(head -3 "$tmp/once.err")"
	"$citeq" -f bibtex "$tmp/once.bib" > "$tmp/twice.bib" 2> "$tmp/twice.err"
	st=$?
	[ "$st" = 0 ] || bad "$name: second pass exits $st: $(head -3 "$tmp/twice.err")"
	# Every reference is written (biblatex-examples.bib's two @set
	# entries have no title and are not references).
	rows=$("$citeq" -c "$f" 2>/dev/null)
	n1=$(grep -c '^@' "$tmp/once.bib")
	n2=$(grep -c '^@' "$tmp/twice.bib")
	[ "$n1" -gt 0 ] && [ "$n1" = "$n2" ] ||
		bad "$name: $n1 entries written, $n2 read back and written again"
	echo "$name: $n1 entries written ($rows rows read), $(wc -l < "$tmp/once.bib") lines"
	if ! cmp -s "$tmp/once.bib" "$tmp/twice.bib"; then
		bad "$name: the second pass differs from the first:"
		diff "$tmp/once.bib" "$tmp/twice.bib" | head -40
	fi
done
[ "$found" -gt 0 ] || exit 77
exit $fail
