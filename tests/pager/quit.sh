# q returns to the shell with the terminal as it was.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys q
wait_for "EXIT=0"
wait_for " icanon"
wait_for " echo "
pass quit
