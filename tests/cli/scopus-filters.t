$ citeq -l spanish -F eid,title scopus-export.csv
$ citeq -l zh -F eid scopus-export.csv
$ citeq -a quick -G year scopus-export.csv
$ citeq -S -year -F eid,year,document_type scopus-export.csv
> EID,Title
> 2-s2.0-2,Violence and crime in South America; [Violencia y crimen en América del Sur]
> EID
> 2-s2.0-3
> year,count
> 2015,1
> EID,Year,Document Type
> 2-s2.0-2,2021,Review
> 2-s2.0-3,2021,Conference paper
> 2-s2.0-1,2015,Article
