$ citeq -k citation -G lang -S lang
> lang,count
> ,1
> ar,8
> de,1
> en,24
> fr,1
> it,1
> kk,1
> ru,4
