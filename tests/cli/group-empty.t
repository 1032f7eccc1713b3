# The rows without a value are a group of their own: "(empty)" in the
# table, empty in CSV and TSV. -G year over data/citations.csv, counted
# with python3's csv module: 13 undated, 2015 12, 2017 9, 2018 6, 2019 5,
# 2016 4, 2020 2, 2023 1. Bars: 20 columns for 13, so n * 160 / 13
# eighths, rounded: 12 148 (18 whole, 4/8), 9 111 (13, 7/8), 6 74 (9,
# 2/8), 5 62 (7, 6/8), 4 49 (6, 1/8), 2 25 (3, 1/8), 1 12 (1, 4/8).
$ citeq -G year -f table
$ citeq -G year -f csv
$ citeq -G year -f tsv -S year
> year     count
> (empty)  13     ████████████████████
> 2015     12     ██████████████████▌
> 2017     9      █████████████▉
> 2018     6      █████████▎
> 2019     5      ███████▊
> 2016     4      ██████▏
> 2020     2      ███▏
> 2023     1      █▌
> year,count
> ,13
> 2015,12
> 2017,9
> 2018,6
> 2019,5
> 2016,4
> 2020,2
> 2023,1
> year	count
> 2015	12
> 2016	4
> 2017	9
> 2018	6
> 2019	5
> 2020	2
> 2023	1
> 	13
