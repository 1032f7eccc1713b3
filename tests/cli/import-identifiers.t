# A book (its place and publisher, pages, an ISBN), a journal article
# (volume, issue, pages, DOI, ISSN) and a chapter of an edited book: the
# identifiers and locators go to columns of their own, after citeq's 15,
# and stand as placeholders in the printed template.
$ citeq import cs1-identifiers.txt | citeq -k citation -F id,author,title,source,date,publisher,place,doi,isbn,issn,volume,issue,pages,editor
> id,author,title,source,date,publisher,place,doi,isbn,issn,volume,issue,pages,editor
> 1,"Doe, Jane",A History of the Maps of Europe,,2010,Example Press,Boston,,978-0-19-000000-4,,,,12–15,
> 2,"Roe, Richard",Maps and the Men Who Made Them in England,Journal of Example Studies,2015-03,,,10.1000/jes.2015.3,,1234-5679,12,3,45–67,
> 3,"Poe, Edgar",A Chapter on the Printing of Old Maps,A Collected Volume,2001,Example Publishing,London,,0-19-000000-7,,,,7,"Smith, Anna"
$ citeq import cs1-identifiers.txt | citeq -k citation -F id,note
> id,note
> 1,Printed as: {author} ({date}). {title}. {place}: {publisher}. pp. {pages}. ISBN {isbn}.
> 2,"Printed as: {author} ({date}). ""{title}"". {source}. {volume} ({issue}): {pages}. doi:{doi}. ISSN {issn}."
> 3,"Printed as: {author} ({date}). ""{title}"". In {editor} (ed.). {source}. {place}: {publisher}. p. {pages}. ISBN {isbn}."
$ citeq import cs1-identifiers.txt | sed -n 1p
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note,publisher,place,doi,isbn,issn,volume,issue,pages,editor
# Every line back from the columns; and the lines read again give the same
# rows. A changed column shows in the line.
$ t=$(mktemp); citeq import cs1-identifiers.txt > "$t.csv"; grep "^ *[0-9]*\. ^" cs1-identifiers.txt > "$t"
$ citeq -f wiki "$t.csv" | diff "$t" - && echo every line back
$ citeq -k citation -f csv "$t.csv" > "$t.refs"
$ citeq -f wiki "$t.csv" | citeq import 2>/dev/null | cmp - "$t.refs" && echo read again: the same rows
$ sed 's/978-0-19-000000-4/978-0-00-000000-2/; s/Example Press/Other Press/' "$t.csv" | citeq -f wiki | sed -n 1p
$ rm -f "$t" "$t.csv" "$t.refs"
> every line back
> read again: the same rows
>   1. ^ Doe, Jane (2010). A History of the Maps of Europe. Boston: Other Press. pp. 12–15. ISBN 978-0-00-000000-2.
# BibLaTeX: the book as @book with its publisher, place and ISBN (digits
# only); the article with its DOI and ISSN; an ISBN with a source makes a
# chapter (@incollection) of the book the source names.
$ citeq import cs1-identifiers.txt | citeq -f bibtex
> @book{doe2010history,
>   author = {Doe, Jane},
>   title = {{A History of the Maps of Europe}},
>   publisher = {Example Press},
>   location = {Boston},
>   pages = {12--15},
>   date = {2010},
>   langid = {english},
>   isbn = {9780190000004},
> }
>
> @article{roe2015maps,
>   author = {Roe, Richard},
>   title = {{Maps and the Men Who Made Them in England}},
>   journaltitle = {Journal of Example Studies},
>   volume = {12},
>   number = {3},
>   pages = {45--67},
>   date = {2015-03},
>   langid = {english},
>   issn = {1234-5679},
>   doi = {10.1000/jes.2015.3},
> }
>
> @incollection{poe2001chapter,
>   author = {Poe, Edgar},
>   editor = {Smith, Anna},
>   title = {{A Chapter on the Printing of Old Maps}},
>   booktitle = {A Collected Volume},
>   publisher = {Example Publishing},
>   location = {London},
>   pages = {7},
>   date = {2001},
>   langid = {english},
>   isbn = {0190000007},
> }
>
# RIS and CSL-JSON of the same rows.
$ citeq import cs1-identifiers.txt | citeq -f ris -i 2
> TY  - JOUR
> AU  - Roe, Richard
> TI  - Maps and the Men Who Made Them in England
> T2  - Journal of Example Studies
> VL  - 12
> IS  - 3
> SP  - 45
> EP  - 67
> DO  - 10.1000/jes.2015.3
> SN  - 1234-5679
> DA  - 2015/03//
> PY  - 2015
> LA  - English
> ER  - 
>
$ citeq import cs1-identifiers.txt | citeq -f csl | jq -c '.[] | {id, type, publisher, "publisher-place", ISBN, DOI, ISSN, volume, issue, page, editor}'
> {"id":"1","type":"book","publisher":"Example Press","publisher-place":"Boston","ISBN":"9780190000004","DOI":null,"ISSN":null,"volume":null,"issue":null,"page":"12-15","editor":null}
> {"id":"2","type":"article-journal","publisher":null,"publisher-place":null,"ISBN":null,"DOI":"10.1000/jes.2015.3","ISSN":"1234-5679","volume":"12","issue":"3","page":"45-67","editor":null}
> {"id":"3","type":"chapter","publisher":"Example Publishing","publisher-place":"London","ISBN":"0190000007","DOI":null,"ISSN":null,"volume":null,"issue":null,"page":"7","editor":[{"family":"Smith","given":"Anna"}]}
