#!/bin/sh
# citeq -f bibtex, -f ris and -f csl of one input, read back by Better
# BibTeX's parser, citation-js, ajv (against the CSL-JSON schema in
# ../shared/schemas) and citeproc-js with the APA style of Debian's
# citation-style-language-styles; consumers.mjs says what is checked.
# Skipped (77) without the schema.
#   consumers.sh CITEQ SOURCE_DIR NPM_DIR INPUT
set -u
citeq=$1
src=$2
npm=$3
input=$4
schema=$src/../shared/schemas/csl-data.json
[ -f "$schema" ] || { echo "no $schema"; exit 77; }
style=$(dpkg -L citation-style-language-styles 2>/dev/null | grep '/styles/apa\.csl$')
locale=$(dpkg -L citation-style-language-locales 2>/dev/null | grep '/locales-en-US\.xml$')
[ -n "$style" ] && [ -n "$locale" ] || {
	echo "FAIL: no APA style or en-US locale (scripts/install-deps)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# The built-in data is data/citations.csv, compiled in.
case $input in
@builtin) csv=$src/data/citations.csv name=builtin ;;
*) csv=$input name=$(basename "$input") ;;
esac
for f in bibtex ris csl; do
	"$citeq" -f "$f" "$input" > "$tmp/refs.$f" 2> "$tmp/$f.err" ||
		{ echo "FAIL: citeq -f $f $name exits $?:"; head -3 "$tmp/$f.err"; exit 1; }
done
node "$npm/consumers.mjs" "$csv" "$tmp/refs.bibtex" "$tmp/refs.ris" \
	"$tmp/refs.csl" "$name" "$schema" "$style" "$(dirname "$locale")"
