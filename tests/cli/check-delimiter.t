# A file separated by tabs is not CSV: --check says so from its header
# (citeq's TSV of the built-in data: 15 columns, 14 tabs).
$ citeq -f tsv -i 2 | citeq --check
? 1
> (standard input):1: the header has no comma but 14 tabs: the file looks tab-separated, not CSV
> (standard input):2: row has 2 fields, the header has 1
$ printf 'id;title\n1;A\n' | citeq --check
? 1
> (standard input):1: the header has no comma but 1 semicolon: the file looks semicolon-separated, not CSV
