$ citeq -c -l de -d 2015
? 1
> 0
