#!/bin/sh
# Reading a .bib: `citeq -c FILE` against `pandoc -f bibtex -t csljson
# FILE`, taken in turns in the same run so that both see the same machine.
#   bench/bib.sh CITEQ [ROUNDS] [FILE]
# FILE is Debian's tugboat.bib (texlive-bibtex-extra) by default. Each
# round times pandoc once and citeq three times; prints every time, the
# medians and pandoc's median over citeq's, and the load average before and
# after.
set -eu
citeq=$1
rounds=${2:-3}
f=${3:-$(find /usr/share/texlive/texmf-dist/bibtex/bib -name tugboat.bib | head -1)}
[ -f "$f" ] || { echo "no $f" >&2; exit 2; }
command -v pandoc > /dev/null || { echo "no pandoc" >&2; exit 2; }

now() { date +%s.%N; }
took() {	# command... : prints the wall time in seconds
	t0=$(now)
	"$@" > /dev/null 2>&1
	t1=$(now)
	echo "$t0 $t1" | awk '{ printf "%.3f\n", $2 - $1 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

echo "file: $f ($(wc -c < "$f") bytes, $("$citeq" -c "$f") entries)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
: > /tmp/bib-bench-pandoc.$$
: > /tmp/bib-bench-citeq.$$
trap 'rm -f /tmp/bib-bench-pandoc.$$ /tmp/bib-bench-citeq.$$' EXIT
i=0
while [ "$i" -lt "$rounds" ]; do
	i=$((i + 1))
	p=$(took pandoc -f bibtex -t csljson "$f")
	c1=$(took "$citeq" -c "$f")
	c2=$(took "$citeq" -c "$f")
	c3=$(took "$citeq" -c "$f")
	echo "round $i: pandoc $p s; citeq $c1 s, $c2 s, $c3 s"
	echo "$p" >> /tmp/bib-bench-pandoc.$$
	printf '%s\n%s\n%s\n' "$c1" "$c2" "$c3" >> /tmp/bib-bench-citeq.$$
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
mp=$(median < /tmp/bib-bench-pandoc.$$)
mc=$(median < /tmp/bib-bench-citeq.$$)
echo "median: pandoc $mp s, citeq $mc s: pandoc/citeq = $(echo "$mp $mc" | awk '{ printf "%.1f", $1 / $2 }')"
