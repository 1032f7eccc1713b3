#!/bin/sh
# RIS and CSL-JSON read back: for each real export in ../shared/realdata
# (exit 77 when that folder is not there), citeq's own RIS (or CSL-JSON)
# of the export, read by citeq (bibutils; jansson), gives every reference
# back with the same title (without the
# HTML markup RIS cannot hold), source, DOI (as a DOI, without
# "https://doi.org/"), URL, volume, issue, page range (either dash),
# publisher, place, series, edition, number of authors and of editors,
# ISBNs and ISSNs (their digits). What RIS does not carry back: the type
# (citeq's RIS types are fewer: a blog post is ELEC, a video GEN), the
# language as written (it comes back as a code), the time of an access
# date, the id (citeq's -f ris writes no ID), other columns. CSL-JSON
# carries the same and keeps the markup.
#   readback.sh CITEQ SOURCE_DIR ris|csl
set -u
citeq=$1
src=$2
fmt=${3:-ris}
case $fmt in
ris) from=ris ;;
csl) from=csl-json ;;
*) echo "readback.sh: no format $fmt"; exit 2 ;;
esac
shared=$src/../shared
[ -f "$shared/realdata/SOURCES.txt" ] || { echo "no $shared/realdata"; exit 77; }
command -v python3 > /dev/null || { echo "no python3"; exit 77; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail=0
for f in "$shared"/realdata/*.csv; do
	name=$(basename "$f")
	"$citeq" --columns "$f" > "$work/roles" 2> /dev/null
	fields=$(python3 -c '
import sys
have = {l.split(",")[0] for l in open(sys.argv[1]).read().splitlines()[1:]}
want = ("title author editor source doi url volume issue pages publisher "
    "place series edition isbn issn").split()
print(",".join(w for w in want if w in have))' "$work/roles")
	"$citeq" -F "$fields" -f csv "$f" > "$work/csv" 2> /dev/null
	"$citeq" -f $fmt "$f" > "$work/out" 2> /dev/null
	if ! "$citeq" --from=$from -f csv "$work/out" > "$work/back" 2> "$work/err"; then
		echo "FAIL: $name: reading its $fmt: $(head -3 "$work/err")"
		fail=1
		continue
	fi
	python3 - "$name" "$fields" "$work/csv" "$work/back" <<'PY' || fail=1
import csv, re, sys
name, fields = sys.argv[1], sys.argv[2].split(",")
with open(sys.argv[3], newline="") as fh:
    a = [dict(zip(fields, r)) for r in list(csv.reader(fh))[1:]]
# the references: a row with a title or an author (RIS has no others)
a = [r for r in a if r.get("title") or r.get("author")]
with open(sys.argv[4], newline="") as fh:
    b = list(csv.DictReader(fh))
def norm(k, v):
    v = (v or "").strip()
    if k == "title":
        return " ".join(re.sub(r"</?(i|b|sup|sub|span[^>]*)>", "", v).split())
    if k == "doi":
        return re.sub(r"^(https?:s?//(dx\.)?doi\.org/|doi:\s*)", "", v, flags=re.I).lower()
    if k == "pages":
        return re.sub("[\u2013\u2014-]+", "-", v)
    if k in ("author", "editor"):
        return len([n for n in v.split(";") if n.strip()])
    if k in ("isbn", "issn"):
        return re.findall(r"[0-9Xx]{4,}", v.replace("-", ""))
    return v
bad = 0
if len(a) != len(b):
    print(f"FAIL: {name}: {len(a)} references, {len(b)} read back")
    sys.exit(1)
for i, (x, y) in enumerate(zip(a, b)):
    for k in fields:
        u, v = norm(k, x.get(k)), norm(k, y.get(k))
        if k in ("isbn", "issn"):
            # citeq writes the ISBNs and ISSNs it can read
            ok = set(v) <= set(u) and (len(v) > 0 or len(u) == 0 or
                all(len(n) not in (8, 10, 13) for n in u))
        elif k == "doi":
            ok = u == v or (u != "" and not u.startswith("10."))
        else:
            ok = u == v
        if not ok:
            bad += 1
            if bad <= 5:
                print(f"FAIL: {name}: reference {i + 1}: {k} {u!r}, back {v!r}")
print(f"{name}: {len(a)} references, {', '.join(fields)}: {bad} differ")
sys.exit(1 if bad else 0)
PY
done
exit $fail
