# A .tsv (or .tab) file is tab-separated whatever its header, as xsv has
# it: this header has more commas than tabs, which makes the same bytes
# CSV on standard input.
$ citeq -f jsonl comma-header.tsv
$ citeq -f jsonl < comma-header.tsv
> {"id":"7","authors, editors, translators":"A, B, C"}
> {"id\tauthors":"7\tA"," editors":" B"," translators":" C"}
