# A name that holds a comma is one language, in -l's list and in the data:
# rows 3, 4 and 6 name Greek and Norwegian Bokmål in full.
$ citeq -l 'Greek, Modern (1453-),Norsk, bokmål' -F id,lang lang-names.csv
> id,lang
> 1,el
> 3,"Greek, Modern (1453-)"
> 4,"Norsk, bokmål"
> 6,"Greek, Modern (1453-), Klingon"
