#!/bin/sh
# BibTeX and CSL-JSON out, read by a real consumer: pandoc reads them back
# as CSL-JSON and renders a bibliography with --citeproc; the fields
# survive (scripts, date ranges, access dates, languages).
#   pandoc.sh CITEQ
set -u
citeq=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
bad() { echo "FAIL: $*"; fail=1; }
# check FILE JQ-FILTER WANT: the filter's compact output is WANT.
check() {
	got=$(jq -c "$2" "$1") || { bad "jq failed on $1: $2"; return; }
	[ "$got" = "$3" ] || bad "$(basename "$1"): $2 gives $got, want $3"
}

"$citeq" -f bibtex < /dev/null > "$tmp/refs.bib" || bad "citeq -f bibtex failed"
"$citeq" -f csl < /dev/null > "$tmp/refs.json" || bad "citeq -f csl failed"

# ---- BibLaTeX through pandoc ----
pandoc -f biblatex -t csljson "$tmp/refs.bib" > "$tmp/bib.json" ||
	bad "pandoc cannot read the BibLaTeX"
check "$tmp/bib.json" 'length' '40'		# 41 references, one empty
check "$tmp/bib.json" '.[] | select(.id=="terzi2017expert") | [.type, .title, .issued]' \
	'["webpage","Expert Meeting on Syrian Constitution",{"date-parts":[[2017,7,10],[2017,7,13]]}]'
check "$tmp/bib.json" '.[] | select(.id=="putz2015why") | [.type, .["container-title"], .issued, .language]' \
	'["article-newspaper","The Diplomat",{"date-parts":[[2015,5,29]]},"en-US"]'
check "$tmp/bib.json" '.[] | select(.id=="ref7") | [.title, .["container-title"] // .publisher, .accessed, .language]' \
	'["وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية","حركة المجتمع التعددي",{"date-parts":[[2019,7,7]]},"ar"]'
check "$tmp/bib.json" '[.[] | select(.language=="ru-RU") | .title] | length' '4'
check "$tmp/bib.json" '.[] | select(.title | startswith("Мемлекет басшысы")) | .title' \
	'"Мемлекет басшысы Ақылмандар кеңесінің мүшелерімен кездесті"'
pandoc -f bibtex -t csljson "$tmp/refs.bib" > "$tmp/bibtex.json" ||
	bad "pandoc -f bibtex cannot read it"
check "$tmp/bibtex.json" 'length' '40'

# ---- CSL-JSON through pandoc ----
pandoc -f csljson -t csljson "$tmp/refs.json" > "$tmp/csl.json" ||
	bad "pandoc cannot read the CSL-JSON"
check "$tmp/csl.json" 'length' '40'
check "$tmp/csl.json" '.[] | select(.id=="39") | [.type, .author, .issued]' \
	'["webpage",[{"family":"Terzi","given":"Giulio"}],{"date-parts":[[2017,7,10],[2017,7,13]]}]'
check "$tmp/csl.json" '.[] | select(.id=="11") | [.title, .["container-title"], .language]' \
	'["Мемлекет басшысы Ақылмандар кеңесінің мүшелерімен кездесті","ЖАҢАЛЫҚТАР","kk"]'
check "$tmp/csl.json" '.[] | select(.id=="5") | [.issued, .accessed, .note, .language]' \
	'[{"date-parts":[[2019,5,11]]},{"date-parts":[[2020,8,31]]},"Archived on 2019-05-11","ru"]'
check "$tmp/csl.json" '.[] | select(.id=="6") | .medium' '"PDF"'
check "$tmp/csl.json" '.[] | select(.id=="40") | .author' \
	'[{"family":"Hebel","given":"Christina"},{"family":"Sydow","given":"Christoph"}]'

# ---- a bibliography rendered from each ----
for f in refs.bib refs.json; do
	printf -- '---\nnocite: |\n  @*\n...\n' |
		pandoc --citeproc --bibliography="$tmp/$f" -t plain > "$tmp/$f.txt" ||
		bad "pandoc --citeproc fails on $f"
	for want in "حركة المجتمع التعددي" "Мемлекет басшысы" "Frieden, wie Putin ihn" \
	    "July 10–13, 2017" "Accessed September 9, 2020" "Hebel, Christina, and Christoph Sydow"; do
		tr '\n' ' ' < "$tmp/$f.txt" | grep -qF -- "$want" ||
			bad "the bibliography from $f lacks '$want'"
	done
done
[ $fail = 0 ] && echo "pandoc read the BibLaTeX and the CSL-JSON"
exit $fail
