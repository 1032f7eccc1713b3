# MEDLINE/PubMed (.nbib) as input: PMID as id and pmid, DP as the date, FAU's full names (two authors of the same name are two), JT as the source (TA kept as host_shorttitle), PG's abbreviated last page written out, AID's DOI, a line continued.
$ citeq -f csv refs.nbib
? 0
> id,type,author,title,source,date,lang,doi,volume,issue,pages,abstract,pmid,host_shorttitle
> 12345678,journalArticle,"Müller, Jörg; Smith, John; Smith, John",DNA repair: a study of things.,Journal of things,2019-07-05,en,10.12345/xyz,40,2,101–110,An abstract that goes on over two lines.,12345678,J Things
> 2222,journalArticle,,Second.,,2020,,,,,,,2222,
