$ f=$(mktemp); { printf "id,big\n1,\""; head -c 67108864 /dev/zero | tr "\0" x; printf "\"\n2,small\n"; } > "$f"
$ citeq -c "$f"
$ citeq -F id "$f"
$ citeq -F big -f tsv "$f" | wc -c
$ rm -f "$f"
> 2
> id
> 1
> 2
> 67108875
