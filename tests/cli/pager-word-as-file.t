# "-P auto": -P takes its value only as -Pauto or --pager=auto, so "auto"
# is a FILE; when no such file exists, the error says how to write it.
$ citeq -P auto
? 2
! citeq: auto: no such file; to say when to page, write --pager=auto
$ citeq --pager Never -i 2
? 2
! citeq: Never: no such file; to say when to page, write --pager=Never
