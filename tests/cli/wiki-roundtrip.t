$ seed=$(mktemp); grep "^ *[0-9]*\. ^" astana-platform.txt > "$seed"
$ citeq -f wiki | diff "$seed" - && echo every reference line reproduced
$ citeq -k citation -f csv > "$seed.csv"
$ citeq -f wiki | citeq import 2>/dev/null | cmp - "$seed.csv" && echo imported back to the same rows
$ rm -f "$seed" "$seed.csv"
> every reference line reproduced
> imported back to the same rows
