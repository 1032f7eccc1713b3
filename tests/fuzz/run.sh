#!/bin/sh
# Runs a fuzz target: run.sh TARGET NAME SOURCE_DIR SEED RUNS [SECONDS]
# First every input in tests/fuzz/regress/NAME (each a failure found once),
# then fuzzing from a corpus seeded with the test data, with libFuzzer's
# random SEED:
#  - RUNS inputs when SECONDS is empty or 0. With the same SEED and RUNS the
#    same inputs run on every machine that builds the same (the same
#    compiler and libraries: Debian 12's), so that a failure in CI is
#    repeated elsewhere by the same command;
#  - for SECONDS otherwise (RUNS is then ignored): a longer search, not for
#    CI, as how many inputs run depends on the machine. SEED 0 lets
#    libFuzzer pick one (the "INFO: Seed:" line).
# A failing input is kept as NAME-crash-* (or -leak-, -timeout-, ...) in the
# current directory, and printed in base64: put it in tests/fuzz/regress/NAME/.
set -u
target=$1 name=$2 src=$3 seed=$4 runs=$5 seconds=${6:-0}
LC_ALL=C
export LC_ALL
here=$(pwd)
case $target in
/*) ;;
*) target=$here/$target ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds" "$work/corpus" "$work/found"
regress=$src/tests/fuzz/regress/$name
if [ -d "$regress" ] && [ -n "$(ls "$regress")" ]; then
	env LSAN_OPTIONS=suppressions=$src/tests/fuzz/lsan.supp:print_suppressions=0 \
	    "$target" "$regress"/* > "$work/log" 2>&1 || {
		cat "$work/log"
		echo "FAIL: a regression input of $name fails again"; exit 1; }
fi
case $name in
csv|output)
	cp "$src"/tests/data/*.csv "$work/seeds"/
	for f in "$src"/tests/data/check/*.csv; do
		cp "$f" "$work/seeds/check-${f##*/}"
	done ;;
import)
	cp "$src"/tests/data/*.txt "$work/seeds"/ ;;
bibutils)
	# the first byte chooses the format: RIS, EndNote, MEDLINE, ISI
	i=0
	for ext in ris enw nbib isi; do
		for f in "$src"/tests/data/*."$ext"; do
			{ printf "\\00$i"; cat "$f"; } > "$work/seeds/${f##*/}"
		done
		i=$((i + 1))
	done ;;
bibtex)
	# the first byte chooses the reader: .bib (0), CSL-JSON (1)
	for f in "$src"/tests/data/*.bib; do
		{ printf '\000'; cat "$f"; } > "$work/seeds/${f##*/}"
	done
	for f in "$src"/tests/data/*.json; do
		{ printf '\001'; cat "$f"; } > "$work/seeds/${f##*/}"
	done ;;
date|options)
	i=0
	while IFS= read -r line; do
		i=$((i + 1))
		printf '%s' "$line" > "$work/seeds/seed$(printf %03d $i)"
	done < "$src/tests/fuzz/seeds/$name.txt" ;;
esac
if [ "$seconds" -gt 0 ] 2>/dev/null; then
	bound=-max_total_time=$seconds
else
	bound=-runs=$runs
fi

# What libFuzzer tries next depends on the values the code compares, and
# some of them are addresses: the same seed repeats the same inputs only
# where the addresses are the same. So the target runs by the same
# relative names, with the same environment (the stack's addresses), without
# address space randomisation where the system lets setarch turn it off,
# and without rereading its corpus folder every second (-reload=0), which
# allocates memory at times that differ and so moves the heap's addresses.
# The seed inputs are listed in a fixed order: libFuzzer reads a corpus
# folder in the file system's order, and that of inputs of equal size
# changes the run.
cd "$work" || exit 2
ln -s "$target" fuzz
case $(ls seeds) in
*,*) echo "run.sh: a seed input's name holds a comma" >&2; exit 2 ;;
esac
(cd seeds && ls) | sed 's|^|seeds/|' | paste -s -d, - > seed-list
norandom="setarch $(uname -m) -R"
if ! $norandom true 2>/dev/null; then
	echo "note: setarch -R is not allowed here: this run may not repeat"
	norandom=
fi
echo "fuzz.$name: $target -seed=$seed $bound"
env -i PATH=/usr/bin:/bin \
    LSAN_OPTIONS=suppressions=$src/tests/fuzz/lsan.supp:print_suppressions=0 \
    $norandom ./fuzz -seed="$seed" "$bound" \
	-seed_inputs=@seed-list -reload=0 -max_len=65536 -timeout=10 \
	-rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=found/ \
	corpus > log 2>&1
status=$?
grep -m 1 '^INFO: Seed:' log
tail -25 log
# The processor time the runs took, to size RUNS by.
times > times	# not in a pipe: a subshell's children are not these
printf 'fuzz.%s: processor time (user, system) %s\n' "$name" \
	"$(tail -n 1 times)"
for f in found/*; do
	[ -e "$f" ] || continue
	cp "$f" "$here/$name-${f#found/}"
	echo "The input, kept as $here/$name-${f#found/}, in base64:"
	base64 "$f"
done
exit $status
