# What citeq's BibLaTeX writer puts in a note for fields the entry's type
# lacks ("Volume: A", extra ISBNs, an archive) reads back as those fields;
# text after them stays the note.
$ printf '@misc{k, title={T}, isbn={0-306-40615-2}, note={Volume: A. Issue: 7-B. ISBN: 0226104036. Publisher: Chicago UP. Archived at https://web.archive.org/x on 2020-01-02. Dead link. Seen in a library}}\n' | citeq --from=bibtex -f json -F id,volume,issue,isbn,publisher,archive_url,archive_date,url_status,note
> [
> {"id":"k","volume":"A","issue":"7-B","isbn":"0-306-40615-2 0226104036","publisher":"Chicago UP","archive_url":"https://web.archive.org/x","archive_date":"2020-01-02","url_status":"dead","note":"Seen in a library"}
> ]
# A note that does not start with one of the writer's labels is the note.
$ printf '@misc{k, title={T}, volume={3}, note={Volume: 2 of the reprint}}\n' | citeq --from=bibtex -F volume,note
> volume,note
> 3,Volume: 2 of the reprint
# A page range is split at its "--" (or en dash), not at a hyphen in a
# page number, and written back the same.
$ printf '@article{k, author={Doe, Jane}, title={Title}, journal={J}, year=2001, pages={M-1--M-14}}\n' | citeq --from=bibtex -f bibtex | citeq -f bibtex
> @article{doe2001title,
>   author = {Doe, Jane},
>   title = {{Title}},
>   journaltitle = {J},
>   pages = {M-1--M-14},
>   date = {2001},
> }
>
$ printf '@article{k, title={Title}, pages={M-1--M-14}}\n' | citeq --from=bibtex -f ris | grep -E '^(SP|EP)'
> SP  - M-1
> EP  - M-14
