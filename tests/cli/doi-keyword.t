# --doi: a DOI given with a resolver and in another case finds the row
# (biblio-fields.csv BF1 holds https://doi.org/10.1038/S41586-019-0001-X);
# a list, across two files (scopus-export.csv 2-s2.0-1 holds 10.1/x).
# -K: a keyword in any keyword column: "dna" is in BF1's Automatic Tags
# only (its Manual Tags are "genomics; humans"); '!dna' the other row.
$ citeq --doi HTTPS://DOI.ORG/10.1038/s41586-019-0001-x -F id biblio-fields.csv
$ citeq --doi 10.1/x,doi:10.1038/S41586-019-0001-X -F id biblio-fields.csv scopus-export.csv
$ citeq -K dna -F id biblio-fields.csv
$ citeq -K '!dna' -F id biblio-fields.csv
> Key
> BF1
> Key
> BF1
> 2-s2.0-1
> Key
> BF1
> Key
> BF2
