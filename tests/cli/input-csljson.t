# A CSL-JSON array as input: names with particles, date ranges, numbers, fields without a role.
$ citeq -f csv refs.json
? 0
> id,type,author,title,source,date,lang,doi,volume,publisher,keywords,extra-field
> csl1,journalArticle,"van Gogh, Vincent",Über alles,Kunst,2010-03,de,10.1/abc,3,,,kept
> csl2,book,,A Book,,2015/2016,,,,P,x; y,
