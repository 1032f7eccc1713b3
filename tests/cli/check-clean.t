$ citeq --check; echo "status $?"
$ citeq --check ../../data/citations.csv; echo "status $?"
> status 0
> status 0
