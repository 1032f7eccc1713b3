# Any case, but still a kind: the message shows the value as given.
$ citeq -k Facts
? 2
! citeq: --kind: unknown kind 'Facts' (citation or fact)
