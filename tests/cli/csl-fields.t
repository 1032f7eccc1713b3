# CSL-JSON: editor, publisher-place, collection-title, edition, volume,
# issue, page, DOI, ISBN, ISSN, PMID, abstract and keyword; titles keep
# their HTML markup (citeproc reads <i>); a name with more commas than a
# name has is a literal.
$ citeq -f csl biblio-fields.csv | jq -c '.[] | {id, title, author, editor, page, DOI, ISBN, ISSN, PMID, volume, issue, keyword, "publisher-place", edition}'
> {"id":"BF1","title":"The <i>Homo sapiens</i> genome","author":[{"family":"Smith","given":"Jane"},{"literal":"London School of Economics and Political Science"}],"editor":null,"page":"123-130","DOI":"10.1038/S41586-019-0001-X","ISBN":null,"ISSN":"0028-0836 1476-4687","PMID":"30814650","volume":"567","issue":"7749","keyword":"genomics, humans, DNA","publisher-place":null,"edition":null}
> {"id":"BF2","title":"A Book","author":[{"literal":"CIPPM, Create, IVIR, ASK"}],"editor":[{"family":"Doe","given":"John"}],"page":null,"DOI":null,"ISBN":"9780521000000 0198099789","ISSN":null,"PMID":null,"volume":null,"issue":null,"keyword":null,"publisher-place":"Cambridge","edition":"2"}
