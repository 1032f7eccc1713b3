$ d=$(mktemp -d)
$ citeq import -o "$d/refs.csv" astana-platform.txt 2>/dev/null && cmp "$d/refs.csv" ../../data/citations.csv && echo written
$ echo keep > "$d/refs.csv"
$ citeq import -o "$d/refs.csv" mini.csv; echo "status $?"
$ cat "$d/refs.csv"; ls "$d"
$ citeq import -o "$d/no/such/dir.csv" astana-platform.txt 2>&1 | sed "s|$d|DIR|"; ls "$d"
$ rm -rf "$d"
> written
> status 2
> keep
> refs.csv
> citeq: astana-platform.txt:28: warning: reference 3 is missing
> citeq: astana-platform.txt:57: warning: reference 33 is empty
> citeq: DIR/no/such/dir.csv: No such file or directory
> refs.csv
! citeq: mini.csv: no reference list (lines "  1. ^ ...")
