$ citeq -l de -d 2015
? 1
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note
