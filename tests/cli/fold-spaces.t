# A no-break space (row 4's title, U+00A0) and a narrow one (its source,
# U+202F) are spaces.
$ citeq -t 'astana talks' -F id search.csv
> id
> 4
$ citeq -s 'astana times' -F id search.csv
> id
> 4
