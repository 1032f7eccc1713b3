# The identifiers and bibliographic detail of a library reach each format
# (biblio-fields.csv, two rows worked through by hand):
# - BibLaTeX keeps only the fields biblatex allows for the entry type
#   (publisher is not one of @article's: it goes to the note, with the
#   second ISSN), writes url and doi verbatim (no TeX escapes; the DOI
#   without its resolver), the PMID as a pubmed eprint, Zotero's <i> as
#   \emph, pages with "--", only ISBNs and ISSNs whose check digit is
#   right (ISSNs as 1234-567X), and braces a name with an "and" or more
#   commas than a name can have, so that biber reads one name.
$ citeq -f bibtex biblio-fields.csv
> @article{smith2019homo,
>   author = {Smith, Jane and {London School of Economics and Political Science}},
>   title = {{The \emph{Homo sapiens} genome}},
>   journaltitle = {Nature},
>   volume = {567},
>   number = {7749},
>   pages = {123--130},
>   date = {2019-03-02},
>   issn = {0028-0836},
>   doi = {10.1038/S41586-019-0001-X},
>   eprint = {30814650},
>   eprinttype = {pubmed},
>   url = {https://example.org/a_b?x=1&y=50%#frag},
>   abstract = {Two lines of abstract.},
>   keywords = {genomics, humans, DNA},
>   note = {Publisher: Springer. ISSN: 1476-4687},
> }
>
> @book{cippmcreateivirask2011book,
>   author = {{CIPPM, Create, IVIR, ASK}},
>   editor = {Doe, John},
>   title = {{A Book}},
>   series = {Studies},
>   publisher = {Cambridge University Press},
>   location = {Cambridge},
>   edition = {2},
>   date = {2011},
>   isbn = {9780521000000},
>   note = {ISBN: 0198099789},
> }
>
