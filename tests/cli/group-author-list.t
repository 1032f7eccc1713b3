# The items of a list are trimmed; one named twice in a row counts once; a
# row without items counts as empty. Scopus's Authors column serves the
# author role and is counted the same way; other columns count whole
# values, ";" or not.
$ printf 'id,author,note\n1,"Li, Q; Putz, C",a;b\n2,"Putz, C;Li, Q ; ",a;b\n3,"Li, Q; Li, Q",a\n4," ; ",\n5,,\n' | citeq -G author
$ citeq -G author scopus-export.csv
$ printf 'id,author,note\n1,"Li, Q; Putz, C",a;b\n2,"Putz, C;Li, Q ; ",a;b\n3,"Li, Q; Li, Q",a\n' | citeq -G note
> author,count
> "Li, Q",3
> ,2
> "Putz, C",2
> author,count
> García J.,1
> Law J.,1
> Li Q.,1
> Luo J.,1
> Quick M.,1
> note,count
> a;b,2
> a,1
