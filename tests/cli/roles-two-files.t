# Two exports with different headers in one query: a role name in -F
# prints each file's own column for the role (Zotero's Key and Language,
# Scopus's EID and Language of Original Document, under the first file's
# names), and -G year counts the years of both: Zotero's Date, else its
# Publication Year (ZK4DDDDD: 2016), and Scopus's Year. Worked out from
# the two files: 2015 ZK1 and 2-s2.0-1; 2021 2-s2.0-2 and -3; 2016 ZK4;
# 2017 ZK3; 2019 ZK2.
$ citeq -l es,fr -F id,title,lang zotero-export.csv scopus-export.csv
$ citeq -G year -f csv zotero-export.csv scopus-export.csv
> Key,Title,Language
> ZK3CCCCC,Expert Meeting on Syrian Constitution,fre
> 2-s2.0-2,Violence and crime in South America; [Violencia y crimen en América del Sur],Spanish
> year,count
> 2015,2
> 2021,2
> 2016,1
> 2017,1
> 2019,1
