# Alef maksura is yeh (row 6's source مستشفى), teh marbuta is heh (row
# 11's source مكتبة), in the data and in the text looked for.
$ citeq -s مستشفي -F id search.csv
> id
> 6
$ citeq -s مكتبه -F id search.csv
> id
> 11
$ citeq -s مكتبة -F id search.csv
> id
> 11
