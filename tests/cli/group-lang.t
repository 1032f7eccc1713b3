$ citeq -k citation -G lang
> lang,count
> en,24
> ar,8
> ru,4
> ,1
> de,1
> fr,1
> it,1
> kk,1
