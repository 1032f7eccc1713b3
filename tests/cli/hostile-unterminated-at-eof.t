$ printf "id,title\n1,ok\n2,\"no end" | citeq -F id; echo "status $?"
$ printf "id,title\n1,ok\n2,\"no end\n\n\n" | citeq -c; echo "status $?"
> id
> 1
> status 2
> 1
> status 2
! citeq: (standard input):3: unterminated quoted field
! citeq: (standard input):3: unterminated quoted field
