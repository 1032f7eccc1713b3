# Zotero's keys ("ZK1AAAAA") are not numbers: -f wiki numbers the lines by
# position, and citeq import reads them back.
$ citeq -f wiki zotero-export.csv 2>/dev/null
$ citeq -f wiki zotero-export.csv 2>/dev/null | citeq import | citeq -F id,title,date -f csv
>   1. ^ Putz, Catherine (29 May 2015). "Why Was Syria's Opposition in Kazakhstan?". The Diplomat. Retrieved 31 August 2020.
>   2. ^ "Межсирийские консультации в Москве: итоги работы". 11 May 2019. Retrieved 31 August 2020.
>   3. ^ Terzi, Giulio; Latour, Xavier (2017). "Expert Meeting on Syrian Constitution". Revue de droit.
>   4. ^ Zraick, Karen (2016). "Syria Talks".
> id,title,date
> 1,Why Was Syria's Opposition in Kazakhstan?,2015-05-29
> 2,Межсирийские консультации в Москве: итоги работы,2019-05-11
> 3,Expert Meeting on Syrian Constitution,2017
> 4,Syria Talks,2016
