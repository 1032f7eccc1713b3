# RIS as citation-js and Zotero read it (tests/interop/consumers.mjs found
# these): a conference paper is CONF, whose ISBN, series and editors RIS
# has tags for (CPAPER has none); editors are A2, a book's A3 (A2 is its
# series editor; ED is RIS's older tag, dropped by readers of the current
# one); a DOI behind a mistyped resolver ("http:s//doi.org/") is the DOI.
$ citeq -f ris consumer-cases.csv
> TY  - CONF
> AU  - Quick, Matthew
> AU  - Law, Jane
> TI  - Analyzing ethnic composition
> T2  - Advances in Geocomputation
> A2  - Leung, Yee
> A2  - Harvey, Francis
> VL  - 12
> IS  - 3
> SP  - 227
> EP  - 243
> DO  - 10.1007/978-3-319-19950-4_14
> SN  - 9783319199498
> SN  - 1867-2434
> DA  - 2017///
> PY  - 2017
> KW  - Evolution, Molecular
> KW  - humans
> ER  - 
>
> TY  - BOOK
> AU  - Dougherty, Jack
> TI  - Writing History in the Digital Age
> A3  - Nawrotzki, Kristen
> SN  - 9780415129633
> DA  - 2013///
> PY  - 2013
> KW  - Belmore, Rebecca
> ER  - 
>
> TY  - JOUR
> AU  - Sanz, Virginia
> TI  - Parrot trade
> T2  - Biological Conservation
> A2  - Grajal, Alejandro
> VL  - 250
> SP  - 1
> EP  - 9
> DO  - 10.1016/j.biocon.2020.108500
> SN  - 0006-3207
> DA  - 2020///
> PY  - 2020
> KW  - Child, Preschool
> ER  - 
>
