$ printf "id,title\n" | citeq
? 1
> id,title
