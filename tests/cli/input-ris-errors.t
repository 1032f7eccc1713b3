# Text outside the records and a record without ER are told by line and skipped; the rest is read, exit 2.
$ citeq -F title broken.ris
? 2
> title
> Good
! citeq: broken.ris:1: not in a RIS record (one starts with "TY  - "): skipped
! citeq: broken.ris:2: RIS record without "ER  -" at its end: skipped
! citeq: broken.ris:8: not in a RIS record (one starts with "TY  - "): skipped
! citeq: broken.ris:10: RIS record without "ER  -" at its end: skipped
