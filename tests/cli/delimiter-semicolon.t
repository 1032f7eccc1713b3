# A semicolon-separated file is read with no option: its header has more
# semicolons than commas. A quoted field keeps its semicolon, and a bare
# one its comma ("Putz, Catherine"); quotes are doubled as in CSV.
$ citeq -f json semicolon.csv
> [
> {"id":"1","author":"Putz, Catherine","title":"Talks; then more talks","lang":"en","date":"2017-05"},
> {"id":"2","author":"Иванов, И.","title":"Переговоры в Астане","lang":"ru","date":"2016"},
> {"id":"3","author":"Smith, J.","title":"She said \"yes\"","lang":"en","date":"2018"}
> ]
