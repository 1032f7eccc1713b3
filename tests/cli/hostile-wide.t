$ f=$(mktemp); awk "BEGIN { for (i = 0; i < 100000; i++) printf \"%sc%d\", (i ? \",\" : \"\"), i; print \"\"; for (i = 0; i < 100000; i++) printf \"%s%d\", (i ? \",\" : \"\"), i; print \"\" }" > "$f"
$ citeq -c "$f"
$ citeq -F c99999,c0,c50000 "$f"
$ citeq --columns "$f"
$ rm -f "$f"
> 1
> c99999,c0,c50000
> 99999,0,50000
> role,columns
