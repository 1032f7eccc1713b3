# BibLaTeX as biber and Better BibTeX's parser read it
# (tests/interop/consumers.mjs found these): both split keywords at every
# comma, braced or not, so a comma inside a keyword ("Evolution,
# Molecular", a person "Belmore, Rebecca") is a blank there; a DOI behind
# a mistyped resolver ("http:s//doi.org/") is the DOI.
$ citeq -f bibtex consumer-cases.csv
> @inproceedings{quick2017analyzing,
>   author = {Quick, Matthew and Law, Jane},
>   editor = {Leung, Yee and Harvey, Francis},
>   title = {{Analyzing ethnic composition}},
>   booktitle = {Advances in Geocomputation},
>   volume = {12},
>   number = {3},
>   pages = {227--243},
>   date = {2017},
>   isbn = {9783319199498},
>   doi = {10.1007/978-3-319-19950-4_14},
>   keywords = {Evolution Molecular, humans},
>   note = {ISSN: 1867-2434},
> }
>
> @book{dougherty2013writing,
>   author = {Dougherty, Jack},
>   editor = {Nawrotzki, Kristen},
>   title = {{Writing History in the Digital Age}},
>   date = {2013},
>   isbn = {9780415129633},
>   keywords = {Belmore Rebecca},
> }
>
> @article{sanz2020parrot,
>   author = {Sanz, Virginia},
>   editor = {Grajal, Alejandro},
>   title = {{Parrot trade}},
>   journaltitle = {Biological Conservation},
>   volume = {250},
>   pages = {1--9},
>   date = {2020},
>   issn = {0006-3207},
>   doi = {10.1016/j.biocon.2020.108500},
>   keywords = {Child Preschool},
> }
>
