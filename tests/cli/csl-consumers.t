# CSL-JSON: a DOI behind a mistyped resolver ("http:s//doi.org/") is the
# DOI; keywords keep their commas (CSL's keyword is one string).
$ citeq -f csl -i CC1 consumer-cases.csv
> [
> {"id":"CC1","type":"paper-conference","title":"Analyzing ethnic composition","author":[{"family":"Quick","given":"Matthew"},{"family":"Law","given":"Jane"}],"editor":[{"family":"Leung","given":"Yee"},{"family":"Harvey","given":"Francis"}],"issued":{"date-parts":[[2017]]},"container-title":"Advances in Geocomputation","volume":"12","issue":"3","page":"227-243","DOI":"10.1007/978-3-319-19950-4_14","ISBN":"9783319199498","ISSN":"1867-2434","keyword":"Evolution, Molecular, humans"}
> ]
