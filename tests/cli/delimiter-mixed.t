# Several inputs, each with its own delimiter: a comma file, a semicolon
# file and citeq's TSV on standard input, in one command.
$ citeq -f tsv -i 2 -F id,title | citeq -F id,title,lang,author -f csv mini.csv semicolon.csv -
> id,title,lang,author
> 1,First,en,
> 2,"Second, with comma",ru,
> 1,Talks; then more talks,en,"Putz, Catherine"
> 2,Переговоры в Астане,ru,"Иванов, И."
> 3,"She said ""yes""",en,"Smith, J."
> 2,Why Was Syria's Opposition in Kazakhstan?,,
