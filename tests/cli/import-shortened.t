# Shortened footnotes name the author of a full reference of the list, or
# the start of the title of one without authors; a biographical
# dictionary's entry, named for a person, takes the dictionary's language.
$ citeq import cs1-shortened.txt | citeq -k citation -F id,author,title,date,lang,note
> id,author,title,date,lang,note
> 1,Smith,,,,"Printed as: {author}, p. {pages}."
> 2,Smith,,2012,,"Printed as: {author} {date}, pp. {pages}."
> 3,Smith,,,,"Printed as: Quoted in {author}, p. {pages}."
> 4,,Statutes,,en,"Printed as: {title}, pp. {pages}."
> 5,Van der Berg,,,,"Printed as: {author}, p.198"
> 6,Unknown,,,,"Printed as: {author}, p. {pages}."
> 7,"Doe, Jane","Müller, Friedrich Max (1823–1900)",2004,en,"Printed as: {author} ({date}). ""{title}"". {source} (online ed.). {publisher}."
> 8,"Smith, Anna",A Book,2012,en,Printed as: {author} ({date}). {title}. {publisher}.
> 9,"Van der Berg, Piet",Another Book,2001,en,Printed as: {author} ({date}). {title}. {publisher}.
> 10,,Statutes made for the University,1883,en,Printed as: {title}. {publisher}. {date}.
$ citeq import cs1-shortened.txt | citeq -k citation -F id,pages,publisher
> id,pages,publisher
> 1,178,
> 2,5–6,
> 3,7,
> 4,90–91,
> 5,,
> 6,3,
> 7,,Oxford University Press
> 8,,Example Press
> 9,,Example Press
> 10,,Oxford University Press
