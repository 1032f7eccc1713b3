# -F date names the date role: where Zotero's Date is empty (ZK4DDDDD), it
# shows the role's next column, Publication Year.
$ citeq -l ru -F key,title zotero-export.csv
$ citeq -l fr -F key,language zotero-export.csv
$ citeq --since 2016 -F key,date,publication_year zotero-export.csv
$ citeq --date-field=retrieved -d 2020-08-31 -c zotero-export.csv
$ citeq -s diplomat -a putz -F key zotero-export.csv
> Key,Title
> ZK2BBBBB,Межсирийские консультации в Москве: итоги работы
> ZK4DDDDD,Syria Talks
> Key,Language
> ZK3CCCCC,fre
> Key,Date,Publication Year
> ZK2BBBBB,"May 11, 2019",2019
> ZK3CCCCC,2017,2017
> ZK4DDDDD,2016,2016
> 2
> Key
> ZK1AAAAA
