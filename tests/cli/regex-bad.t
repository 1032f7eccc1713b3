# A pattern PCRE2 refuses is a usage error that says where, in characters
# from 0 (the ё is two bytes, one character).
$ citeq -E -t 'ё(' search.csv
? 2
! citeq: --title: bad regular expression 'ё(': missing closing parenthesis at offset 2
$ citeq -t 'a(' -c search.csv
? 1
> 0
$ citeq -s ok -E -g '[z-a]' search.csv
? 2
! citeq: --grep: bad regular expression '[z-a]': range out of order in character class at offset 3
