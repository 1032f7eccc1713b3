$ citeq -s diplomat -F id,source,date
> id,source,date
> 2,The Diplomat,2015-05-29
> 4,The Diplomat,2015-05-08
