# Kinds are taken in any case: the 41 references (1, 2, 4-42) and the 11
# facts F1-F11.
$ citeq -k Citation -c
$ citeq -k FACT -F id
$ citeq -k Fact,CITATION -c
> 41
> id
> F1
> F2
> F3
> F4
> F5
> F6
> F7
> F8
> F9
> F10
> F11
> 52
