# Text with diacritics matches only text with the same ones: row 8's
# title is "Sanchez and Muñoz", its author "Sánchez, María".
$ citeq -t sánchez -F id search.csv
? 1
> id
