# CSV, RIS, BibTeX, EndNote and MEDLINE in one query, each told by content.
$ citeq -F id,title,date -S date mini.csv refs.ris refs.bib refs.enw refs.nbib
? 0
> id,title,date
> ,A Chapter,2001
> ,A Chapter,2001
> part,A Chapter,2001-05/2001-07
> whole,The Whole Book,2001-05/2001-07
> 1,First,2017
> 2,"Second, with comma",2018-03
> mueller2019,DNA repair in École – a study,2019-07
> mueller2019,DNA repair: a study,2019-07-05
> mueller2019,DNA repair,2019-07-05
> 12345678,DNA repair: a study of things.,2019-07-05
> 2222,Second.,2020
> ,A web page,
