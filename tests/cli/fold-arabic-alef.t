# Alef with hamza above (row 5's title أستانا) and below (its source
# إذاعة, which ends in teh marbuta) are a bare alef.
$ citeq -t استانا -F id search.csv
> id
> 5
$ citeq -g اذاعه -F id search.csv
> id
> 5
