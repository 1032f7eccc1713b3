$ citeq -k book
? 2
! citeq: --kind: unknown kind 'book' (citation or fact)
