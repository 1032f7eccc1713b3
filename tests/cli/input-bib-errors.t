# An entry that cannot be read is told by file and line, the rest read, exit 2.
$ citeq -F id broken.bib
? 2
> id
> good
! citeq: broken.bib:4: syntax error: at end of input, expected end of entry ("}" or ")") (skipping to next "@")
