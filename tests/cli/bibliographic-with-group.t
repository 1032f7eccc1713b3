$ citeq -f bibtex -G lang
? 2
! citeq: --group-by and --columns print tables: use table, csv, tsv, json or jsonl (see citeq --help)
