# citeq's TSV reads back exactly: the built-in data's 52 rows (41
# references and 11 facts), and the same CSV byte for byte.
$ citeq -f tsv | citeq -c
$ a=$(citeq -f csv @builtin | cksum); b=$(citeq -f tsv @builtin | citeq -f csv | cksum); [ "$a" = "$b" ] && echo same
> 52
> same
