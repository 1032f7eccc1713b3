# Ranges as Citation Style 1 writes them, with an en dash or a hyphen:
# 10-13 July overlaps 38 (07-13), 39 and F9 (all July); 10-12 July misses
# 38.
$ citeq -d "10–13 July 2017" -F id
$ citeq -d "July 10-12, 2017" -F id
> id
> 38
> 39
> F9
> id
> 39
> F9
