# / and ? search in any field and any case, n and N repeat.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "row 1 of 52"
keys / 'жаңалықтар' Enter;	status_is "row 10 of 52"	# id 11, in capitals
keys g / syria Enter;		status_is "row 2 of 52"	# id 2, "Syria's"
keys n;				status_is "row 3 of 52"	# id 4
keys N;				status_is "row 2 of 52"
keys G '?' 'the diplomat' Enter; status_is "row 3 of 52"	# back to id 4
keys / 'no such text' Enter;	status_is "not found"
pass search
