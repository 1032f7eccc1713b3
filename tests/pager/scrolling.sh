# j/k, space/b, d/u, g/G and a number then G.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys j j j;	status_is "row 4 of 52"
keys k;		status_is "row 3 of 52"
keys Space;	status_is "row 21 of 52"
keys b;		status_is "row 3 of 52"
keys d;		status_is "row 12 of 52"
keys u;		status_is "row 3 of 52"
keys G;		status_is "row 52 of 52"
expect_line 19 "F11"
keys g;		status_is "row 1 of 52"
keys 4 0 G;	status_is "row 40 of 52"
keys Down;	status_is "row 41 of 52"
keys Up Up;	status_is "row 39 of 52"
pass scrolling
