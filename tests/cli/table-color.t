$ citeq -f table --color=always -i 2 -F id,title
> [1mid  title[0m
> 2   Why Was Syria's Opposition in Kazakhstan?
