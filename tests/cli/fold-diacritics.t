# Text without diacritics matches with or without them: suggere finds
# row 2 (suggère) and row 9 (suggere); sanchez finds row 8's title
# (Sanchez) and author (Sánchez). Text with them matches only them.
$ citeq -t suggere -F id search.csv
> id
> 2
> 9
$ citeq -t suggère -F id search.csv
> id
> 2
$ citeq -g sanchez -F id search.csv
> id
> 8
$ citeq -a SÁNCHEZ -F id search.csv
> id
> 8
$ citeq -g comunita -F id search.csv
> id
> 1
