$ citeq import --default-lang=de cs1-forms.txt 2>/dev/null | citeq -i 1-3 -F id,lang
> id,lang
> 1,en
> 2,en
> 3,de
