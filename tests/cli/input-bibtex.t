# A BibTeX file as input: macros (@string, months), crossref, TeX as Unicode, keywords as a list, babel's language names as codes, fields without a role under their own names.
$ citeq -f csv refs.bib
? 0
> id,type,author,editor,title,source,date,lang,doi,isbn,volume,issue,pages,place,publisher,keywords,publisherlink,crossref
> mueller2019,journalArticle,"Müller, Jörg; von Neumann, John; World Health Organization",,DNA repair in École – a study,TUGboat,2019-07,de,10.1000/xyz123,,40,2,101–110,,,repair; TeX,https://example.org/&more,
> part,bookSection,"Smith, Jr., John","Doe, Jane",A Chapter,The Whole Book,2001-05/2001-07,,,978-3-16-148410-0,,,1–20,Paris,Pub & Sons,,,whole
> whole,book,,"Doe, Jane",The Whole Book,,2001-05/2001-07,,,978-3-16-148410-0,,,,Paris,Pub & Sons,,,
