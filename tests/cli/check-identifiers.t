# --check on identifiers and what a program left for a missing value
# (check/identifiers.csv, worked through by hand): line 2 a name of four
# commas; line 3 NaN, a DOI without its 10.NNNN/ form, an ISBN-13 and an
# ISSN whose check digits are wrong (...0000-0 and 0028-0836 are right);
# line 4 N/A and a nine-digit ISBN (the DOI behind https://doi.org/ and
# the ISBN-10 0-19-809978-9 are right); line 5 a title with bytes 0xFF
# 0xFE (not UTF-8) and null.
$ citeq --check check/identifiers.csv
? 1
> check/identifiers.csv:2: name 'CIPPM, Create, IVIR, ASK' has more commas than a name has (names are separated by ';')
> check/identifiers.csv:3: placeholder 'NaN' in column note
> check/identifiers.csv:3: bad DOI 'doi:10.1038 x'
> check/identifiers.csv:3: ISBN '978-0-521-00000-1' has a wrong check digit
> check/identifiers.csv:3: ISSN '0028-0837' has a wrong check digit
> check/identifiers.csv:4: placeholder 'N/A' in column note
> check/identifiers.csv:4: ISBN '019809978' has 9 digits
> check/identifiers.csv:5: not UTF-8 in column title, at byte 2 of the field
> check/identifiers.csv:5: placeholder 'null' in column note
