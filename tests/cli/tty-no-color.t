$ NO_COLOR=1 script -qec "citeq -i 2 -F id,title" /dev/null | tr -d "\r"
$ script -qec "citeq -i 2 -F id,title --color=never" /dev/null | tr -d "\r"
> id  title
> 2   Why Was Syria's Opposition in Kazakhstan?
> id  title
> 2   Why Was Syria's Opposition in Kazakhstan?
