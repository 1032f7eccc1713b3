$ citeq -f xml
? 2
! citeq: --format: unknown format 'xml' (table, csv, tsv, json, jsonl, bibtex, csl, ris or wiki)
