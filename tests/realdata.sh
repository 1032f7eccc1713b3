#!/bin/sh
# citeq against real exports in ../shared/realdata (Zotero, Scopus, a
# scraped Wikipedia list), when that folder is there (exit 77: skipped).
#   realdata.sh CITEQ SOURCE_DIR
# For each file: the row count that SOURCES.txt gives, a CSV round trip
# through citeq that keeps every row and reads back to the same bytes, the
# title column found through the aliases, and pandoc reading every reference
# of the BibLaTeX and CSL-JSON out.
set -u
citeq=$1
src=$2
shared=$src/../shared
[ -f "$shared/realdata/SOURCES.txt" ] || { echo "no $shared/realdata"; exit 77; }
fail=0
bad() { echo "FAIL: $*"; fail=1; }

# The seed copied into tests/data is the shared one, byte for byte.
cmp -s "$shared/seeds/000_60bc015899eaae17.txt" "$src/tests/data/astana-platform.txt" ||
	bad "tests/data/astana-platform.txt differs from the shared seed"

n=0
for f in "$shared"/realdata/*.csv; do
	name=$(basename "$f")
	want=$(awk -v f="$name" '$1 == f { print $NF }' "$shared/realdata/SOURCES.txt")
	[ -n "$want" ] || { bad "$name: not in SOURCES.txt"; continue; }
	got=$("$citeq" -c "$f" 2>&1)
	[ "$got" = "$want" ] || bad "$name: $got rows, SOURCES.txt says $want"
	again=$("$citeq" -f csv "$f" | "$citeq" -c 2>&1)
	[ "$again" = "$want" ] || bad "$name: $again rows after a CSV round trip"
	# pandoc reads every reference of the BibLaTeX and CSL-JSON out.
	if command -v pandoc > /dev/null && command -v jq > /dev/null; then
		refs=$("$citeq" -f csl "$f" 2>/dev/null | jq length)
		viacsl=$("$citeq" -f csl "$f" 2>/dev/null | pandoc -f csljson -t csljson | jq length)
		viabib=$("$citeq" -f bibtex "$f" 2>/dev/null | pandoc -f biblatex -t csljson | jq length)
		[ "${refs:-0}" -gt 0 ] && [ "$refs" = "$viacsl" ] && [ "$refs" = "$viabib" ] ||
			bad "$name: $refs references, pandoc reads $viacsl (CSL-JSON), $viabib (BibLaTeX)"
	fi
	"$citeq" --columns "$f" | grep -q '^title,' || bad "$name: no title column found"
	once=$("$citeq" -f csv "$f" | cksum)
	twice=$("$citeq" -f csv "$f" | "$citeq" -f csv | cksum)
	[ "$once" = "$twice" ] || bad "$name: CSV out is not stable when read back"
	n=$((n + 1))
done
[ $n -gt 0 ] || bad "no files in $shared/realdata"

# -G reads each role's column of the export (Scopus's source is its Source
# title, not its Source; Zotero's type its Item Type): the most frequent
# value and its count, as Python's csv module counts the column itself
# (ties: the empty value first).
while read -r name opt want; do
	got=$("$citeq" -G "$opt" -f csv "$shared/realdata/$name" 2>/dev/null |
		sed -n 2p)
	[ "$got" = "$want" ] || bad "$name: -G $opt gives '$got', not '$want'"
done <<'EOF2'
zotero-1.csv source ,335
zotero-1.csv type webpage,296
zotero-1.csv lang ,329
zotero-1.csv year ,292
zotero-2.csv type journalArticle,19
zotero-2.csv lang en,27
zotero-3.csv type journalArticle,96
zotero-3.csv lang en,63
scopus-1.csv source International Migration Review,18
scopus-1.csv type Article,324
scopus-1.csv lang English,294
scopus-1.csv year 1987,26
wiki-scraped-1.csv source NaN,33
EOF2
# Each export separated by semicolons and by tabs, as Python's csv module
# writes them, gives the same rows with no option: the delimiter is found
# from the header. The tab-separated twice: every field quoted (as it is,
# backslashes too), and quoted only where needed, whose bare fields are
# read with TSV's escapes (\t, \n, \r, \\: citeq(1), Delimiters); the
# rows are then the export's with those escapes undone in the bare fields,
# which only two fields of zotero-2.csv hold (Windows paths with a \t).
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
same() {	# same WHAT A B: citeq -f csv reads A and B into the same bytes
	a=$("$citeq" -f csv "$2" 2>&1 | cksum)
	b=$("$citeq" -f csv "$3" 2>&1 | cksum)
	[ "$a" = "$b" ] || bad "$1: not the rows of the export"
}
for f in "$shared"/realdata/*.csv; do
	name=$(basename "$f")
	changed=$(python3 - "$f" "$work" <<'EOF2'
import csv, re, sys
src, work = sys.argv[1], sys.argv[2]
with open(src, newline="", encoding="utf-8-sig") as fh:
    rows = list(csv.reader(fh))
def write(path, **kw):
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n", **kw).writerows(rows)
write(work + "/semi.csv", delimiter=";")
write(work + "/all.tsv", delimiter="\t", quoting=csv.QUOTE_ALL)
write(work + "/min.tsv", delimiter="\t")
# What min.tsv holds: a field Python left bare (no tab, quote or line
# break) with TSV's escapes undone.
esc = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}
def undo(v):
    if re.search(r'[\t"\r\n]', v):
        return v
    return re.sub(r'\\([tnr\\])', lambda m: esc[m.group(1)], v)
n = 0
out = []
for r in rows:
    u = [undo(v) for v in r]
    n += sum(a != b for a, b in zip(r, u))
    out.append(u)
with open(work + "/min-expect.csv", "w", newline="", encoding="utf-8") as fh:
    csv.writer(fh, lineterminator="\n").writerows(out)
print(n)
EOF2
)
	same "$name as ;-separated" "$f" "$work/semi.csv"
	same "$name as TSV, every field quoted" "$f" "$work/all.tsv"
	same "$name as TSV, quoted where needed" "$work/min-expect.csv" "$work/min.tsv"
	case $name in
	zotero-2.csv) want=2 ;;
	*) want=0 ;;
	esac
	[ "$changed" = "$want" ] || bad "$name: $changed bare fields with a TSV escape, not $want"
done

echo "$n files checked"
exit $fail
