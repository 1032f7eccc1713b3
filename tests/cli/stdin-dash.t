$ citeq -F id,title - < mini.csv
> id,title
> 1,First
> 2,"Second, with comma"
