# An @string holds for the files read after its own, as in BibTeX (each
# file is read in a child process: the parent keeps the macros).
$ d=$(mktemp -d); trap 'rm -r "$d"' EXIT; printf '@string{j = "Journal X"}\n' > "$d/s.bib"; printf '@article{a, title={T}, journal=j, year=2001}\n' > "$d/a.bib"; citeq -F id,source "$d/s.bib" "$d/a.bib"
? 0
> id,source
> a,Journal X
