# The language of a row, for RIS (and BibLaTeX, CSL-JSON): the first of the
# list that names one, names that hold commas included ("Ndebele, South":
# not "Ndebele", which two languages share, and " South").
$ citeq -f ris lang-names.csv | grep '^LA'
> LA  - Greek, Modern (1453-)
> LA  - Russian
> LA  - Greek, Modern (1453-)
> LA  - Bokmål, Norwegian; Norwegian Bokmål
> LA  - German
> LA  - Greek, Modern (1453-)
> LA  - Ndebele, South; South Ndebele
