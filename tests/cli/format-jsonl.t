$ citeq -i 2,4 -f jsonl -F id,title,date
> {"id":"2","title":"Why Was Syria's Opposition in Kazakhstan?","date":"2015-05-29"}
> {"id":"4","title":"Kazakhstan to Host Syria Talks","date":"2015-05-08"}
