#!/bin/sh
# biber, the backend of biblatex, validates citeq's BibLaTeX against its
# data model (biber --tool --validate-datamodel): no error (a name it
# cannot parse skips the entry), no field the entry type does not allow,
# no ISBN or ISSN whose check digit is wrong. A field the type requires
# but the row lacks (an undated reference has no date) is counted, not
# failed: citeq cannot make it up.
#   biber.sh CITEQ SOURCE_DIR
set -u
citeq=$1
src=$2
command -v biber > /dev/null || { echo "FAIL: biber is not installed (scripts/install-deps --tests)"; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
set -- "@builtin" "$src/tests/data/biblio-fields.csv" \
	"$src/tests/data/zotero-export.csv" "$src/tests/data/scopus-export.csv" \
	"$src/tests/data/zotero-real.csv"
for f in "$src"/../shared/realdata/*.csv; do
	[ -f "$f" ] && set -- "$@" "$f"
done
for f in "$@"; do
	"$citeq" -f bibtex "$f" > "$tmp/in.bib" 2>/dev/null
	entries=$(grep -c '^@' "$tmp/in.bib")
	(cd "$tmp" && biber --tool --validate-datamodel in.bib -O out.bib \
		> biber.log 2>&1)
	status=$?
	missing=$(grep -c 'Missing mandatory field' "$tmp/biber.log")
	grep -E '^(ERROR|WARN) ' "$tmp/biber.log" | grep -v 'Missing mandatory field' \
		> "$tmp/bad"
	if [ $status -ne 0 ] || [ -s "$tmp/bad" ] || [ "$entries" -eq 0 ]; then
		echo "FAIL: $(basename "$f"): biber exits $status on $entries entries:"
		head -5 "$tmp/bad"
		fail=1
	fi
	# biber read every entry back
	out=$(grep -c '^@' "$tmp/out.bib")
	[ "$out" = "$entries" ] || { echo "FAIL: $(basename "$f"): biber wrote $out of $entries entries"; fail=1; }
	echo "$(basename "$f"): $entries entries valid; $missing mandatory fields the data lacks"
done
exit $fail
