# Rows without an access date are a group of their own, "(empty)" in the
# table; a bar beside each count, 20 columns for the largest (34), in
# eighths of a column: 12 is 56.47 eighths, 56: 7 whole; 3 is 14.1, 14: 1
# whole and 6/8.
$ citeq --date-field=retrieved -G year -f table
> year     count
> (empty)  34     ████████████████████
> 2020     12     ███████
> 2019     3      █▊
> 2022     3      █▊
