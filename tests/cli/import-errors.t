$ citeq import nope.txt
$ citeq import --frob
$ citeq import a b
? 2
! citeq: nope.txt: No such file or directory
! citeq: unknown option '--frob' for citeq import (see citeq --help)
! citeq: citeq import reads one file (see citeq --help)
