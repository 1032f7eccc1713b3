# "May 2017" is the month: only 25 (2017-05-16); 22 (2017-04-30) is not in
# it. Month names in any case.
$ citeq -d "May 2017" -F id,date
$ citeq -d "may 2017" -F id
> id,date
> 25,2017-05-16
> id
> 25
