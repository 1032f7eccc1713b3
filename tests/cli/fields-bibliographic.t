# -F does not choose the fields of BibLaTeX, CSL-JSON, RIS or the wiki
# list: said once on standard error, and the entry is written whole.
$ citeq -f ris -F id -i 2
> TY  - NEWS
> AU  - Putz, Catherine
> TI  - Why Was Syria's Opposition in Kazakhstan?
> T2  - The Diplomat
> DA  - 2015/05/29/
> PY  - 2015
> LA  - English
> ER  - 
>
! citeq: warning: --fields does not apply to --format=ris, which writes every field it has
