# --delimiter forces one for every input: ';' gives the same rows as
# finding it; a comma makes a semicolon header one column; a tab may be
# written \t or tab, and filters work on what it splits.
$ citeq --delimiter=';' -F id,author -f csv semicolon.csv
$ printf 'a;b\n1;2\n' | citeq --delimiter=, -f jsonl
$ printf 'id\ttitle\n1\tx;y,z\n' | citeq --delimiter='\t' -f jsonl
$ printf 'id\ttitle\n1\tx;y,z\n2\tw\n' | citeq --delimiter=TAB -t w -F id
> id,author
> 1,"Putz, Catherine"
> 2,"Иванов, И."
> 3,"Smith, J."
> {"a;b":"1;2"}
> {"id":"1","title":"x;y,z"}
> id
> 2
