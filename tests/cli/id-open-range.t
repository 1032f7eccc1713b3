# Open id ranges: "40-" is 40 and up, "-5" up to 5 (there is no id 3),
# each within its prefix: numbers, or F for facts (F1-F11).
$ citeq -i 40- -F id
$ citeq -i -5 -F id
$ citeq --id=F9-,-F2 -F id
> id
> 40
> 41
> 42
> id
> 1
> 2
> 4
> 5
> id
> F1
> F2
> F9
> F10
> F11
