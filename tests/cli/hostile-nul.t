$ printf "id,title\n1,a\000b\n" > nul.csv.tmp
$ citeq -f csv nul.csv.tmp | od -An -c | tr -s " "
$ citeq -f json nul.csv.tmp
$ citeq -f table nul.csv.tmp
$ citeq -g b -c nul.csv.tmp
$ rm -f nul.csv.tmp
>  i d , t i t l e \n 1 , a \0 b \n
> [
> {"id":"1","title":"a\u0000b"}
> ]
> id  title
> 1   a␀b
> 1
