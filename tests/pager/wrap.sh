# The row view wraps long values by display width, the indent of the
# lines after the first counted: no letter is lost and nothing is cut
# with "…", for long words, CJK (two columns a character), Arabic and
# combining marks (é written as e + U+0301).
. "$(dirname "$0")/lib.sh"
title=$(printf "Géographie d'un point de vue géographique: Pneumonoultramicroscopicsilicovolcanoconiosis-and-then-some-more-letters 東京都庁の新しい建物についての長い説明文です مقالة طويلة باللغة العربية عن السلام في المنطقة cafe\314\201 re\314\201sume\314\201 nai\314\210ve")
printf 'id,title,note\n1,"%s",end\n' "$title" > "$bin/wrap.csv"
for width in 40 61; do
	start "$width" 30 citeq -P "$bin/wrap.csv"
	status_is "row 1 of 1"
	keys Enter
	wait_for "note: end"
	screen | sed "\$d" | grep -q "…" && fail "a line is cut at $width columns"
	got=$(screen | sed -n '/^title: /,/^note: /p' | sed '$d' | tr -d ' \n')
	want="title:$(printf '%s' "$title" | tr -d ' ')"
	[ "$got" = "$want" ] || fail "at $width columns: '$got', not '$want'"
	# the lines after the first are indented by two
	screen | sed -n '/^title: /,/^note: /p' | sed '1d;$d' | grep -v '^  [^ ]' &&
		fail "a wrapped line is not indented by two"
	# a word that fits a line is not broken: the first line ends on a
	# whole word
	screen | grep -q '^title: Géographie' || fail "the title's first line"
	next_server
done
pass wrap
