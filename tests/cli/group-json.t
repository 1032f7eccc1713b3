# -G in JSON: the counts are numbers, the empty value an empty string.
# Counted with python3's csv module over data/citations.csv (kind
# citation): en 24, ar 8, ru 4, and 1 each for the empty lang, de, fr, it,
# kk (ties in natural order, the empty value first).
$ citeq -k citation -G lang -f json
$ citeq -k citation -G lang -f jsonl -S -lang
> [
> {"lang":"en","count":24},
> {"lang":"ar","count":8},
> {"lang":"ru","count":4},
> {"lang":"","count":1},
> {"lang":"de","count":1},
> {"lang":"fr","count":1},
> {"lang":"it","count":1},
> {"lang":"kk","count":1}
> ]
> {"lang":"ru","count":4}
> {"lang":"kk","count":1}
> {"lang":"it","count":1}
> {"lang":"fr","count":1}
> {"lang":"en","count":24}
> {"lang":"de","count":1}
> {"lang":"ar","count":8}
> {"lang":"","count":1}
