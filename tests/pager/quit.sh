# q, Q, ZZ and :q return to the shell with the terminal as it was.
. "$(dirname "$0")/lib.sh"
for how in q Q "Z Z" ": q Enter"; do
	start 100 20 citeq -P
	status_is "row 1 of 52"
	keys $how
	wait_for "EXIT=0"
	wait_for " icanon"
	wait_for " echo "
	next_server
done
# Q quits from the row view too; an unknown : command does not.
start 100 20 citeq -P
status_is "row 1 of 52"
keys : w q Enter
status_is "':wq': only :q quits"
keys Enter
wait_for "id: 1"
keys Q
wait_for "EXIT=0"
pass quit
