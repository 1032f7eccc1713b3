$ citeq -l de -d 2015 -f json
? 1
> []
