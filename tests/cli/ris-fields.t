# RIS: editors (A2, a book's A3), place (CY), series (T3), edition (ET), volume,
# issue, pages as SP/EP, DOI without its resolver, ISBNs and ISSNs (SN),
# abstract, a KW line for each keyword of every keyword column (each
# once), and titles without HTML markup.
$ citeq -f ris biblio-fields.csv
> TY  - JOUR
> AU  - Smith, Jane
> AU  - London School of Economics and Political Science
> TI  - The Homo sapiens genome
> T2  - Nature
> PB  - Springer
> VL  - 567
> IS  - 7749
> SP  - 123
> EP  - 130
> DO  - 10.1038/S41586-019-0001-X
> SN  - 0028-0836 1476-4687
> DA  - 2019/03/02/
> PY  - 2019
> UR  - https://example.org/a_b?x=1&y=50%#frag
> AB  - Two lines of abstract.
> KW  - genomics
> KW  - humans
> KW  - DNA
> ER  - 
>
> TY  - BOOK
> AU  - CIPPM, Create, IVIR, ASK
> TI  - A Book
> A3  - Doe, John
> PB  - Cambridge University Press
> CY  - Cambridge
> T3  - Studies
> ET  - 2
> SN  - 9780521000000 0198099789
> DA  - 2011///
> PY  - 2011
> ER  - 
>
