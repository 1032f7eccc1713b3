$ citeq mini.csv other-header.csv
> id,title,lang,date,source
> 1,First,en,2017,
> 2,"Second, with comma",ru,2018-03,
> 3,Third,,,Other Source
