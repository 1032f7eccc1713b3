# Each file's delimiter is found from its header, so citeq's own TSV and a
# semicolon-separated file are clean. Forced with --delimiter to one that
# leaves the header one column while another splits it, --check says so:
# citeq's TSV of the built-in data has 15 columns, 14 tabs; its row 2 read
# with commas has two fields ("Putz, Catherine").
$ citeq -f tsv -i 2 | citeq --check && echo clean
$ printf 'id;title\n1;A\n' | citeq --check && echo clean
$ citeq -f tsv -i 2 | citeq --check --delimiter=,
$ printf 'id;title\n1;A\n' | citeq --check --delimiter=,
$ printf 'id,title\n1,A\n' | citeq --check --delimiter=tab
? 1
> clean
> clean
> (standard input):1: the header has no comma but 14 tabs: the file looks tab-separated, not comma-separated
> (standard input):2: row has 2 fields, the header has 1
> (standard input):1: the header has no comma but 1 semicolon: the file looks semicolon-separated, not comma-separated
> (standard input):1: the header has no tab but 1 comma: the file looks comma-separated, not tab-separated
