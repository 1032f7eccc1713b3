# Enter shows a row in full with its links; Enter follows one, q goes back.
. "$(dirname "$0")/lib.sh"
start 100 30 citeq -P
status_is "row 1 of 52"
keys G k k				# F9
status_is "row 50 of 52"
keys Enter
wait_for "id: F9"
wait_for "cites: 37;2;38;39"
wait_for "Cites:"
wait_for "  37  Сирийская оппозиция"
keys j Enter				# the second link: 37
wait_for "id: 37"
wait_for "Cited by:"
wait_for "  F9  The draft of the Syrian constitution"
keys q
wait_for "id: F9"
keys q
status_is "row 50 of 52"
pass detail
