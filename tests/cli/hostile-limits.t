$ citeq --id 99999999999999999999; echo "status $?"
$ citeq --id 1-99999999999999999999 -c; echo "status $?"
$ citeq --date 0000 -c; echo "status $?"
$ citeq --date 2016-02-29..2017-02-28 -c; echo "status $?"
$ citeq --date 2017-02-29; echo "status $?"
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note
> status 1
> 0
> status 1
> 0
> status 1
> 4
> status 0
> status 2
! citeq: --date: bad date '2017-02-29': no such day in that month
