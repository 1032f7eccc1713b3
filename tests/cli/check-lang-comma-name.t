# --check reads a name that holds a comma as one language: only Klingon,
# on line 7, is unknown.
$ citeq --check lang-names.csv; echo "status $?"
> lang-names.csv:7: unknown language 'Klingon'
> status 1
