$ citeq --columns -f table scopus-export.csv
> role        columns
> id          EID
> author      Authors
> title       Title
> source      Source title; Source
> date        Year
> lang        Language of Original Document
> url         Link
> type        Document Type
> publisher   Publisher
> doi         DOI
> isbn        ISBN
> issn        ISSN
> volume      Volume
> issue       Issue
> page_start  Page start
> page_end    Page end
> editor      Editors
> abstract    Abstract
> keywords    Author Keywords; Index Keywords
> pmid        PubMed ID
