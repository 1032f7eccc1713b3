# Harakat (row 6: مُحَادَثَات with damma and fathas) and tatweel (row 11:
# محــادثات) are dropped.
$ citeq -t محادثات -F id search.csv
> id
> 6
> 11
