$ citeq -f json bom-crlf.csv
> [
> {"id":"1","title":"two\r\nlines","lang":"en"},
> {"id":"2","title":"plain","lang":"fr"}
> ]
