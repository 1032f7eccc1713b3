# --since takes where its date starts and --until where it ends: a row of
# 2017-05-16 (25) is after --since "May 2017" and before --until "May 2017";
# 22 (2017-04-30) is before May, 38, 39 and F9 (July) after it.
$ citeq --since "May 2017" --until 2017 -F id
$ citeq --since 2017 --until "May 2017" -F id
> id
> 25
> 38
> 39
> F9
> id
> 22
> 25
> 28
> 36
> 37
> F8
