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
