$ citeq --columns zotero-export.csv
> role,columns
> id,Key
> author,Author
> title,Title
> source,Publication Title
> date,Date; Publication Year
> lang,Language
> url,Url
> access_date,Access Date
> note,Notes
> type,Item Type; Type
> publisher,Publisher
> doi,DOI
> isbn,ISBN
> issn,ISSN
> volume,Volume
> issue,Issue; Number
> pages,Pages
> editor,Editor
> place,Place
> abstract,Abstract Note
> keywords,Manual Tags; Automatic Tags
> series,Series; Series Title
> edition,Edition
