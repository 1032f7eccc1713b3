# ISI/Web of Science as input: the FN and VR header, UT as id, AF's full names (AU when there is no AF), SO as the source, PI as the place, PD and PY as the date, lines continued.
$ citeq -f csv refs.isi
? 0
> id,type,author,title,source,date,lang,doi,issn,volume,issue,pages,place,publisher
> WOS:000123456700001,journalArticle,"Müller, Jörg; Smith, John",DNA repair: a study of things,JOURNAL OF THINGS,2019-07,en,10.12345/xyz,1234-5678,40,2,101–110,PARIS,PUB & SONS
> ,book,"Doe, J.",A Book,,2001,,,,,,,,
