$ citeq -f csv -F title hostile.csv | od -An -c | tr -s " " | head -3
$ citeq -f tsv -F title hostile.csv | od -An -c | tr -s " " | head -3
$ citeq -f jsonl -F title hostile.csv
$ rm -f hostile-title.tmp
>  t i t l e \n 033 [ 2 J 033 ] 0 ; p w
>  n e d \a \n 033 ] 5 2 ; c ; a G V s
>  b G 8 = \a \n 342 200 256 e v i l \n 302 233
>  t i t l e \n 033 [ 2 J 033 ] 0 ; p w
>  n e d \a \n 033 ] 5 2 ; c ; a G V s
>  b G 8 = \a \n 342 200 256 e v i l \n 302 233
> {"title":"\u001b[2J\u001b]0;pwned\u0007"}
> {"title":"\u001b]52;c;aGVsbG8=\u0007"}
> {"title":"\u202eevil"}
> {"title":"\u009b31mred"}
