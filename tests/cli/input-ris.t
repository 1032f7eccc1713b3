# RIS as input (bibutils): the record's ID as id, a name a line (no comma: an institution, kept whole, "and" in it too; two equal names are two people), T2 as the source (a chapter's book), T3 as a series, DA as the date, Y2 as the access date, a DOI whose registrant has five digits, a URL that holds a DOI kept as the URL.
$ citeq -f csv refs.ris
? 0
> id,type,author,editor,title,source,date,lang,url,access_date,doi,isbn,issn,volume,issue,pages,place,publisher,series,note,keywords
> mueller2019,journalArticle,"Müller, Jörg; Smith, Jr., John; Truth and Reconciliation Commission; Liu, H.; Liu, H.",,DNA repair: a study,Journal of Things,2019-07-05,de,https://example.org/x,2020-08-31,10.12345/xyz123,,1234-5678,40,2,101–110,,,,A note,repair; TeX
> ,bookSection,"Smith, J. P.","Doe, Jane",A Chapter,The Whole Book,2001,,,,,978-3-16-148410-0,,,,1–20,Paris,Pub & Sons,Series X,,
> ,webpage,,,A web page,,,,https://doi.org/10.1000/abc,,,,,,,,,,,,
