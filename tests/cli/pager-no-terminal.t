$ setsid -w citeq -P
? 2
! citeq: the pager needs a terminal (/dev/tty cannot be opened)
