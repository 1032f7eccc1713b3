# Inputs of different formats in one query, each told by content.
$ citeq -F id,title,date -S date refs.bib refs.json mini.csv
? 0
> id,title,date
> part,A Chapter,2001-05/2001-07
> whole,The Whole Book,2001-05/2001-07
> csl1,Über alles,2010-03
> csl2,A Book,2015/2016
> 1,First,2017
> 2,"Second, with comma",2018-03
> mueller2019,DNA repair in École – a study,2019-07
