#!/bin/sh
# The first XeLaTeX run of cite-all.tex, once for every input: its .bcf
# (what biber is asked for) does not depend on the entries, so each input
# then needs biber and one XeLaTeX run. A ctest fixture.
#   latex-setup.sh SOURCE_DIR DIR
set -u
src=$1
dir=$2
command -v xelatex > /dev/null ||
	{ echo "FAIL: xelatex is not installed (scripts/install-deps)"; exit 1; }
rm -rf "$dir"
mkdir -p "$dir"
cp "$src/cite-all.tex" "$dir/"
: > "$dir/refs.bib"
cd "$dir" || exit 1
xelatex -interaction=nonstopmode -halt-on-error cite-all.tex > xelatex.out 2>&1 ||
	{ echo "FAIL: xelatex exits $?:"; grep -A3 '^!' cite-all.log | head; exit 1; }
[ -s cite-all.bcf ] || { echo "FAIL: no cite-all.bcf"; exit 1; }
echo "$(head -1 cite-all.log)"
