$ printf "id,title\n1,overlong \300\257 surrogate \355\240\200 truncated \342\202\n2,ok\n" > bad-utf8.csv.tmp
$ citeq -f table bad-utf8.csv.tmp
$ citeq -f json bad-utf8.csv.tmp | jq -c ".[].title"
$ citeq -f csv bad-utf8.csv.tmp | cmp - bad-utf8.csv.tmp && echo csv keeps the bytes
$ citeq -t TRUNCATED -F id bad-utf8.csv.tmp
$ rm -f bad-utf8.csv.tmp
> id  title
> 1   overlong �� surrogate ��� truncated ��
> 2   ok
> "overlong �� surrogate ��� truncated ��"
> "ok"
> csv keeps the bytes
> id
> 1
