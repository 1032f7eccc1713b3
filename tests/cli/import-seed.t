$ citeq import astana-platform.txt | cmp - ../../data/citations.csv && echo identical to data/citations.csv
> identical to data/citations.csv
! citeq: astana-platform.txt:28: warning: reference 3 is missing
! citeq: astana-platform.txt:57: warning: reference 33 is empty
