# refs.bib's @book 'whole' has an editor, but biblatex's @book requires
# an author (its @collection does not).
$ citeq --check refs.bib
? 1
> refs.bib:26: @book 'whole' lacks what its type requires: author
