#!/bin/sh
# citeq's BibLaTeX of one input in a document that cites every entry,
# compiled with biber and XeLaTeX (biblatex, DejaVu fonts): biber and
# XeLaTeX exit 0 with no error or warning from biber and no TeX error, a
# PDF comes out, and bbl.mjs finds every URL and DOI of the input byte for
# byte in biber's .bbl, with as many names per entry as the input has.
# Letters the fonts lack are counted, not failed (see cite-all.tex).
#   xelatex.sh CITEQ SOURCE_DIR NPM_DIR LATEX_DIR INPUT
set -u
citeq=$1
src=$2
npm=$3
latex=$4
input=$5
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# the work is done in $tmp: paths from here made absolute
abs() { case $1 in /*|@builtin) echo "$1" ;; *) echo "$PWD/$1" ;; esac; }
citeq=$(abs "$citeq") src=$(abs "$src") npm=$(abs "$npm") input=$(abs "$input")
case $input in
@builtin) csv=$src/data/citations.csv name=builtin ;;
*) csv=$input name=$(basename "$input") ;;
esac
cp "$latex/cite-all.tex" "$latex/cite-all.bcf" "$latex/cite-all.aux" "$tmp/"
"$citeq" -f bibtex "$input" > "$tmp/refs.bib" 2> "$tmp/citeq.err" ||
	{ echo "FAIL: citeq -f bibtex $name exits $?:"; head -3 "$tmp/citeq.err"; exit 1; }
cd "$tmp" || exit 1
fail=0
biber cite-all > biber.out 2>&1
status=$?
if [ $status -ne 0 ] || grep -qE '^(ERROR|WARN) ' biber.out; then
	echo "FAIL: $name: biber exits $status, with errors or warnings:"
	grep -E '^(ERROR|WARN) ' biber.out | head -5
	exit 1
fi
xelatex -interaction=nonstopmode -halt-on-error cite-all.tex > xelatex.out 2>&1
status=$?
if [ $status -ne 0 ] || grep -q '^! ' cite-all.log || [ ! -s cite-all.pdf ]; then
	echo "FAIL: $name: xelatex exits $status:"
	grep -A3 '^! ' cite-all.log | head -8
	fail=1
fi
pages=$(sed -n 's/^Output written on cite-all.pdf (\([0-9]*\) page.*/\1/p' cite-all.log)
missing=$(grep -c '^Missing character' cite-all.log)
echo "$name: compiled, ${pages:-no} pages; $missing letters no font has" \
	"$(grep '^Missing character' cite-all.log | sed 's/.*(\(U+[0-9A-F]*\)).*/\1/' | sort -u | head -8 | tr '\n' ' ')"
node "$npm/bbl.mjs" "$csv" refs.bib cite-all.bbl "$name" || fail=1
exit $fail
