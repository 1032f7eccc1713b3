# Fixed choices are taken in any ASCII case (row 2 is in English).
$ citeq -f JSON -i 2 -F id,lang
> [
> {"id":"2","lang":"en"}
> ]
