# --pager=auto prints a short table with the options' colour: bold header
# with --color=always, none with --color=never (the header was bold either
# way when the pager read the terminal itself).
. "$(dirname "$0")/lib.sh"
esc=$(printf '\033')
start 60 20 citeq --pager=auto --color=never -i 2,4 -F id
wait_for "EXIT=0"
expect_line 1 "id"
expect_line 2 "2"
t capture-pane -e -p -t t | sed -n 1p | grep -q "$esc\\[1m" &&
	fail "bold header with --color=never"
next_server
start 60 20 citeq --pager=auto --color=always -i 2,4 -F id
wait_for "EXIT=0"
expect_line 1 "id"
t capture-pane -e -p -t t | sed -n 1p | grep -q "$esc\\[1m" ||
	fail "no bold header with --color=always"
# The table on a terminal: bold where the terminal can show it, not on a
# dumb one (TERM=dumb).
next_server
start 60 20 citeq -i 2,4 -F id
wait_for "EXIT=0"
t capture-pane -e -p -t t | sed -n 1p | grep -q "$esc\\[1m" ||
	fail "no bold header on a terminal"
next_server
start 60 20 TERM=dumb citeq -i 2,4 -F id
wait_for "EXIT=0"
expect_line 1 "id"
t capture-pane -e -p -t t | sed -n 1p | grep -q "$esc\\[1m" &&
	fail "bold header with TERM=dumb"
pass color
