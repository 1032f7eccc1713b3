$ printf "id,title,title\n1,first,second\n" | citeq -t second -c
$ printf "id,title,title\n1,first,second\n" | citeq -t first -F title
$ printf "id,title,title\n1,first,second\n" | citeq -f csv
> 0
> title
> first
> id,title,title
> 1,first,second
