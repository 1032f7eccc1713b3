$ citeq --columns -f table scopus-export.csv
> role       columns
> id         EID
> author     Authors
> title      Title
> source     Source title; Source
> date       Year
> lang       Language of Original Document
> url        Link
> type       Document Type
> publisher  Publisher
