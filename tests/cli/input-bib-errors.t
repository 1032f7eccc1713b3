# An entry that cannot be read is told by file and line, the rest read, exit 2.
$ citeq -F id broken.bib
? 2
> id
> good
! citeq: broken.bib:4: syntax error: at end of input, expected end of entry ("}" or ")") (skipping to next "@")
# btparse exit()s on some malformed files (its error recovery builds an
# entry its own checks refuse); it reads in a child process, so that is an
# error of that file, told with what btparse said, and the next file is
# read.
$ printf '@articleundef\377\377\377t"tle\345d, y": ye' | citeq -F id - refs.bib
? 2
> id
> mueller2019
> part
> whole
! citeq: (standard input):1: warning: not UTF-8 at byte 14 of the line: read as U+FFFD
! citeq: (standard input): semantic error; failed predicate: '   metatype == BTE_COMMENT '
! citeq: (standard input): fatal error: bt_postprocess_field: invalid AST node (not a field)
! citeq: (standard input): btparse gave up on the file (exit status 1): none of its entries is read
