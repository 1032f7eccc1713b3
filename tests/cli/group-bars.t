# -f table puts a bar beside each count of -G: block elements in eighths
# of a column, 20 columns for the largest count. -k citation -G lang over
# data/citations.csv, counted with python3's csv module: en 24, ar 8,
# ru 4, and 1 each for the empty lang, de, fr, it, kk. In eighths, n *
# 160 / 24 rounded: 24 160 (20 whole), 8 53 (6 whole, 5/8), 4 27 (3,
# 3/8), 1 7 (7/8).
$ citeq -k citation -G lang -f table
> lang     count
> en       24     ████████████████████
> ar       8      ██████▋
> ru       4      ███▍
> (empty)  1      ▉
> de       1      ▉
> fr       1      ▉
> it       1      ▉
> kk       1      ▉
# COLUMNS=24: 20 after the gaps, too few for ten a column; the count stays
# whole (5), lang all its 7, the bar the 8 left: n * 64 / 24 eighths: 24
# 64 (8 whole), 8 21 (2, 5/8), 4 11 (1, 3/8), 1 3 (3/8).
$ COLUMNS=24 citeq -k citation -G lang -f table
> lang     count
> en       24     ████████
> ar       8      ██▋
> ru       4      █▍
> (empty)  1      ▍
> de       1      ▍
> fr       1      ▍
> it       1      ▍
> kk       1      ▍
# Never in CSV or TSV (nor JSON: group-json.t).
$ citeq -k citation -G lang -f csv -S -count | head -2
$ citeq -k citation -G lang -f tsv | head -2
> lang,count
> en,24
> lang	count
> en	24
