# Bytes that are not UTF-8 in a bibliography are read as U+FFFD (each run
# of them one), told once with the line and byte of the first; a sequence
# cut short at a value's end made bibutils and the .bib reader read past
# the value. The rows are still read: exit 0.
$ printf 'TY  - JOUR\nTI  - DNA repai\362\nAU  - Doe, Jane\nER  - \n' | citeq --from=ris -F title,author
> title,author
> DNA repai�,"Doe, Jane"
! citeq: (standard input):2: warning: not UTF-8 at byte 16 of the line: read as U+FFFD
$ printf '@misc{k,\n  title = {Caf\303 x\351\351},\n}\n' | citeq --from=bibtex -F id,title
> id,title
> k,Caf� x��
! citeq: (standard input):2: warning: not UTF-8 at byte 15 of the line: read as U+FFFD
# A NUL byte in a .bib (btparse aborts on one in a value) is read as
# U+FFFD too.
$ printf '@misc{a, title={A\0B}}\n' | citeq --from=bibtex -F title
> title
> A�B
! citeq: (standard input):1: warning: a NUL byte at byte 18 of the line: read as U+FFFD
# A line ends at LF, CR LF or a CR alone (old Macintosh files), as
# bibutils reads it: a "PMID-" after a CR alone starts a record (bibutils'
# MEDLINE reader looped for ever on one inside a record).
$ printf 'PMID- 1\rTI  - One\rFAU - Smith, John\r\rPMID- 2\rTI  - Two\r' | citeq --from=nbib -F id,title,author
> id,title,author
> 1,One,"Smith, John"
> 2,Two,
$ printf 'PMID- 1\nTI  - One\nFAU - Smit\rPMID- 2\nTI  - Two\n' | citeq --from=nbib -F id,title,author
> id,title,author
> 1,One,Smit
> 2,Two,
# A byte order mark at a line's start (files joined with cat) is dropped:
# bibutils' EndNote reader looped for ever on one after a blank line.
$ printf '%%0 Book\n%%T A\n\n\357\273\277\n\357\273\277%%0 Book\n%%T B\n' | citeq --from=endnote -F title
> title
> A
> B
