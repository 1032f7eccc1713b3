# Data from standard input; keys from the terminal.
. "$(dirname "$0")/lib.sh"
start 80 12 'cat mini.csv | citeq -P -'
status_is "(standard input)  row 1 of 2"
keys j
status_is "row 2 of 2"
keys q
wait_for "EXIT=0"
pass stdin
