# a budget of one kilobyte: each row a run in a temporary file, merged in
# the order of the sort in memory: latest start first (38 on 13 July, 39
# from 10 July, F9 the month, from 1 July)
$ citeq -S -date -F id,date --buffer-size=1K -d 2017-07
> id,date
> 38,2017-07-13
> 39,2017-07-10/2017-07-13
> F9,2017-07
