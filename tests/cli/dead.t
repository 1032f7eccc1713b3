$ citeq --dead -F id,url_status,access_date
> id,url_status,access_date
> 7,dead,2019-07-07
