# A search marks its matches in the table and in the row view (bold and
# underlined with --color=never, black on yellow with colour), in any
# case; n and N move between the rows that match.
. "$(dirname "$0")/lib.sh"
esc=$(printf '\033')
start 100 20 citeq -P --color=never
status_is "row 1 of 52"
keys / syria Enter
status_is "row 2 of 52"
# row 2 (screen line 3) is the current one: the match is not reversed
# there, but bold and underlined
t capture-pane -e -p -t t | sed -n 3p > "$bin/l3"
grep -q "$esc\\[[0-9;]*;4m\\($esc\\[[0-9;]*m\\)*Syria" "$bin/l3" ||
	fail "no underlined Syria on the current row: $(cat -v "$bin/l3")"
keys n
status_is "row 3 of 52"
# row 4's title has SYRIA in capitals: marked too; row 2 no longer current
t capture-pane -e -p -t t | sed -n 3p > "$bin/l3"
grep -q "$esc\\[[0-9;]*;4m\\($esc\\[[0-9;]*m\\)*Syria" "$bin/l3" ||
	fail "no underlined Syria on row 2: $(cat -v "$bin/l3")"
keys N
status_is "row 2 of 52"
keys Enter
wait_for "id: 2"
t capture-pane -e -p -t t | grep "title:" > "$bin/t"
grep -q "$esc\\[[0-9;]*;4m\\($esc\\[[0-9;]*m\\)*Syria" "$bin/t" ||
	fail "no underlined Syria in the row view: $(cat -v "$bin/t")"
next_server
# with colour: the match on a yellow background
start 100 20 citeq -P --color=always
status_is "row 1 of 52"
keys / syria Enter j
status_is "row 3 of 52"
t capture-pane -e -p -t t | sed -n 3p > "$bin/l3"
grep -q "$esc\\[[0-9;]*43[;m]\\([0-9;]*m\\|$esc\\[[0-9;]*m\\)*Syria" "$bin/l3" ||
	fail "no Syria on yellow: $(cat -v "$bin/l3")"
pass marks
