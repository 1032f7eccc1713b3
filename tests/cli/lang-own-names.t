# Names in the language itself, as iso-codes translates each language's
# English name in its own locale, in any case and in any script.
$ citeq -l Deutsch -F id,lang
$ citeq -l français -F id,lang
$ citeq -l русский -F id,lang
$ citeq -l العربية -F id,lang
$ citeq -l 'DEUTSCH,Français' -F id,lang
> id,lang
> 40,de
> id,lang
> 6,fr
> id,lang
> 5,ru
> 13,ru
> 15,ru
> 37,ru
> id,lang
> 7,ar
> 12,ar
> 17,ar
> 18,ar
> 22,ar
> 30,ar
> 34,ar
> 38,ar
> F2,ar
> id,lang
> 6,fr
> 40,de
