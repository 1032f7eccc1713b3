# A tab, line feed, CR and backslash in a field are written \t, \n, \r and
# \\, and a field that starts with a quote is written quoted as in CSV;
# read back, every value is what it was (a backslash before another
# letter, as in a\tb's "\t" read from CSV, is kept as "\\t").
$ citeq -f tsv tsv-escapes.csv | cat -A
$ citeq -f tsv tsv-escapes.csv | citeq -f json
$ a=$(citeq -f csv tsv-escapes.csv | cksum); b=$(citeq -f tsv tsv-escapes.csv | citeq -f csv | cksum); [ "$a" = "$b" ] && echo same
> id^Ititle^Inote$
> 1^I"""Quoted"" start"^Itab\there, line\nbreak, CR\r, backslash \\ and \\n as text$
> 2^Ia\\tb^I$
> [
> {"id":"1","title":"\"Quoted\" start","note":"tab\there, line\nbreak, CR\r, backslash \\ and \\n as text"},
> {"id":"2","title":"a\\tb","note":""}
> ]
> same
