# What the bench scripts share; sourced after they set here, top and work.

# build_tools: citeq (a Release build, unless CITEQ names one) into $citeq
# and the generator of citations files into $work/gen.
build_tools() {
	if [ -z "${CITEQ:-}" ]; then
		cmake -S "$top" -B "$work/build" -DCMAKE_BUILD_TYPE=Release -DCITEQ_TESTS=OFF > /dev/null
		cmake --build "$work/build" -j2 > /dev/null
		CITEQ=$work/build/citeq
	fi
	citeq=$CITEQ
	cc -O2 -o "$work/gen" "$here/gen_citations.c"
}

# timed_setup: what search.sh and speed.sh need first: /usr/bin/time
# (Debian's time), the tools (build_tools), and bench's million-row file
# in $file, in the page cache.
timed_setup() {
	command -v /usr/bin/time > /dev/null || {
		echo "$(basename "$0"): needs /usr/bin/time (Debian's time)" >&2
		exit 2
	}
	build_tools
	file=$work/citations-1000000.csv
	[ -s "$file" ] || "$work/gen" 1000000 > "$file"
	cat "$file" > /dev/null		# into the page cache
}

# put_section NAME TABLE: TABLE (which begins with "<!-- NAME -->" and ends
# with "<!-- /NAME -->") in place of those lines and what is between them
# in bench/RESULTS.md, or at its end.
put_section() {
	res=$here/RESULTS.md
	if grep -q "^<!-- $1 -->" "$res"; then
		awk -v tbl="$2" -v name="$1" '
			$0 == "<!-- " name " -->" { while ((getline l < tbl) > 0) print l; skip = 1; next }
			$0 == "<!-- /" name " -->" { skip = 0; next }
			!skip' "$res" > "$work/results.new"
		cat "$work/results.new" > "$res"
	else
		{ echo; cat "$2"; } >> "$res"
	fi
}

# once FILE NAME COMMAND: appends "NAME wall cpu peak" of one run of
# COMMAND (its output dropped) to FILE: the wall time to the microsecond
# from date, the CPU time (user and system, in hundredths) and the peak
# memory in KB from time(1). A failure stops the script.
once() {
	t0=$(date +%s%N)
	/usr/bin/time -f "%U %S %M" -o "$work/t1" sh -c "$3" > /dev/null 2>&1 || {
		echo "$(basename "$0"): failed: $3" >&2
		exit 2
	}
	t1=$(date +%s%N)
	awk -v n="$2" -v w=$(( (t1 - t0) / 1000 )) \
	    '{ print n, w / 1e6, $1 + $2, $3 }' "$work/t1" >> "$1"
}

# median FILE KEY RUNS: of the RUNS runs of KEY in FILE, the median wall
# time, and the CPU time and peak memory of that run
median() {
	grep -F "$2 " "$1" | awk '{ print $(NF - 2), $(NF - 1), $NF }' |
		sort -n | sed -n "$(( ($3 + 1) / 2 ))p"
}
