# Names as the three formats want them (names.csv): "Family, Jr, Given" has
# a suffix; a name with more commas than that ("Armstrong,, Alison", a
# list of bodies with a trailing comma) is one literal name, braced in
# BibLaTeX so that biber reads one name, and --check points at it;
# Scopus's "Quick M." is family and initials. A short DOI (10/fk249f) is a
# DOI.
$ citeq -f bibtex names.csv
$ citeq -f csl names.csv | jq -c '.[0].author'
$ citeq -f ris names.csv | grep '^AU'
$ citeq --check names.csv
? 1
> @online{mitchell2019names,
>   author = {Mitchell, Jr, Vernon and {Armstrong,, Alison} and {EBLIDA, IFLA, LIBER, Sparc Europe} and Quick, M.},
>   title = {{Names}},
>   date = {2019},
>   doi = {10/fk249f},
> }
>
> [{"family":"Mitchell","given":"Vernon","suffix":"Jr"},{"literal":"Armstrong,, Alison"},{"literal":"EBLIDA, IFLA, LIBER, Sparc Europe"},{"family":"Quick","given":"M."}]
> AU  - Mitchell, Vernon, Jr
> AU  - Armstrong,, Alison
> AU  - EBLIDA, IFLA, LIBER, Sparc Europe
> AU  - Quick, M.
> names.csv:2: name 'Armstrong,, Alison' has more commas than a name has (names are separated by ';')
> names.csv:2: name 'EBLIDA, IFLA, LIBER, Sparc Europe,' has more commas than a name has (names are separated by ';')
