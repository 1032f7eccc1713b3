# ISO dates with one-digit months and days: July 2017 holds 38 (07-13),
# 39 (07-10/07-13) and F9 (2017-07); 2017-7-13 is the last day of 39.
$ citeq -d 2017-7 -F id,date
$ citeq -d 2017-7-13 -F id
> id,date
> 38,2017-07-13
> 39,2017-07-10/2017-07-13
> F9,2017-07
> id
> 38
> 39
> F9
