#!/bin/sh
# citeq's reading of Debian's real .bib files (texlive-bibtex-extra)
# against pandoc's, entry by entry, matched by key:
#   bibpandoc.sh CITEQ
# citeq's rows (-f json -F id,title,date,author,doi) beside pandoc's
# `-f biblatex` (biblatex-examples.bib) or `-f bibtex` (tugboat.bib)
# `-t csljson`. The year and the DOI must agree on every entry; titles and
# the authors' family names (with their particles: "van Gennep") on at
# least as many entries as they do today, so that a regression fails.
# Titles are compared without case (pandoc writes English titles in
# sentence case), with typographic quotes and dashes as ASCII and pandoc's
# HTML markup (<i>, small caps) dropped. Where they still differ, pandoc
# drops commands it does not know (Beebe's \TUB, \VAX, \MF, which his
# @preamble defines and citeq keeps as their names) and takes a part of a
# multi-volume book's maintitle as its title. Exit 77 (skipped) without
# pandoc, python3 or the files.
set -u
citeq=$1
command -v pandoc > /dev/null && command -v python3 > /dev/null ||
	{ echo "no pandoc or python3"; exit 77; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
found=0

cat > "$tmp/agree.py" <<'PY'
import json, re, sys, unicodedata

def norm(s):
    s = unicodedata.normalize('NFC', s or '')
    for a, b in (('\u2018', "'"), ('\u2019', "'"), ('\u201c', '"'),
                 ('\u201d', '"'), ('\u2013', '-'), ('\u2014', '-'),
                 ('\u00a0', ' ')):
        s = s.replace(a, b)
    return re.sub(r'\s+', ' ', s).strip().casefold()

def year(s):
    m = re.match(r'-?\d{1,4}', s or '')
    return int(m.group(0)) if m else None

name, pandoc_json, citeq_json = sys.argv[1:4]
want = dict(zip(('title', 'author'), map(int, sys.argv[4:6])))
pd = {e['id']: e for e in json.load(open(pandoc_json))}
cq = {e['id']: e for e in json.load(open(citeq_json))}
agree = {'title': 0, 'year': 0, 'doi': 0, 'author': 0}
differ = {k: [] for k in agree}
for key, p in pd.items():
    c = cq.get(key, {})
    pt = norm(re.sub(r'<[^>]*>', '', p.get('title') or ''))
    got = {'title': (pt, norm(c.get('title')))}
    py = None
    issued = p.get('issued', {})
    if issued.get('date-parts') and issued['date-parts'][0]:
        py = int(issued['date-parts'][0][0])
    elif 'literal' in issued:
        py = year(issued['literal'])
    got['year'] = (py, year(c.get('date')))
    got['doi'] = (norm(p.get('DOI')), norm(c.get('doi')))
    got['author'] = (
        [norm(' '.join(v for v in (a.get('dropping-particle'),
                                   a.get('non-dropping-particle'),
                                   a.get('family') or a.get('literal')) if v))
         for a in p.get('author', [])],
        [norm(a.split(', ')[0]) for a in (c.get('author') or '').split('; ')
         if a])
    for k, (a, b) in got.items():
        if key in cq and a == b:
            agree[k] += 1
        else:
            differ[k].append((key, a, b))
n = len(pd)
print('%s: %d entries (citeq %d); agree: title %d, year %d, DOI %d, '
      'author family names %d' % (name, n, len(cq), agree['title'],
                                  agree['year'], agree['doi'],
                                  agree['author']))
bad = 0
for k in ('year', 'doi'):
    if agree[k] != n:
        bad = 1
        print('FAIL: %s: %s differs on %d entries:' % (name, k, n - agree[k]))
        for d in differ[k][:10]:
            print('  ', d)
for k, least in want.items():
    if agree[k] < least:
        bad = 1
        print('FAIL: %s: %s agrees on %d entries, fewer than %d:'
              % (name, k, agree[k], least))
        for d in differ[k][:10]:
            print('  ', d)
sys.exit(bad)
PY

# file, pandoc's reader, titles and authors that agree at least
for spec in "biblatex-examples.bib biblatex 85 92" \
    "tugboat.bib bibtex 3597 4789"; do
	set -- $spec
	f=$(find /usr/share/texlive/texmf-dist/bibtex/bib /usr/share/texmf \
	    -name "$1" 2>/dev/null | head -1)
	[ -n "$f" ] || { echo "no $1"; continue; }
	found=$((found + 1))
	pandoc -f "$2" -t csljson "$f" > "$tmp/pandoc.json" ||
		{ echo "FAIL: pandoc cannot read $f"; fail=1; continue; }
	"$citeq" -f json -F id,title,date,author,doi "$f" > "$tmp/citeq.json" ||
		{ echo "FAIL: citeq -f json $f exits $?"; fail=1; continue; }
	python3 "$tmp/agree.py" "$1" "$tmp/pandoc.json" "$tmp/citeq.json" \
	    "$3" "$4" || fail=1
done
[ "$found" -gt 0 ] || exit 77
exit $fail
