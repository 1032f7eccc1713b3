# CITEQ_THREADS sets how many threads format the output: the same rows
# with one thread or four (the built-in data's 52 rows and its header;
# the Russian ones' ids and dates, by Python's csv module); another value
# is a usage error.
$ CITEQ_THREADS=1 citeq -f csv | wc -l
> 53
$ CITEQ_THREADS=4 citeq -F id,date -f csv -l ru
> id,date
> 5,2019-05-11
> 13,2015-10-02
> 15,2015-10-04
> 37,2017-01-05
$ CITEQ_THREADS=4 citeq -S date -F id -f tsv -l ru
> id
> 13
> 15
> 37
> 5
$ CITEQ_THREADS=0 citeq -c
? 2
! citeq: CITEQ_THREADS is '0', not a number of threads from 1 to 64 (see citeq --help)
$ CITEQ_THREADS=2x citeq -c
? 2
! citeq: CITEQ_THREADS is '2x', not a number of threads from 1 to 64 (see citeq --help)
