# EndNote tagged as input: %F as id, %D and %8 as one date, %R as the DOI, %B as the book a section is in, %E its editor, an institution (a name ending in its only comma) kept whole.
$ citeq -f csv refs.enw
? 0
> id,type,author,editor,title,source,date,lang,doi,volume,issue,pages,place,publisher,keywords
> mueller2019,journalArticle,"Müller, Jörg; Smith, John; World Health Organization",,DNA repair,Journal of Things,2019-07-05,de,10.12345/xyz,40,2,101–110,,,repair
> ,bookSection,"Smith, J. P.","Doe, Jane",A Chapter,The Whole Book,2001,,,,,1–20,Paris,Pub,
