$ script -qec "citeq -i 2,5 -F id,title" /dev/null | tr -d "\r"
> [1mid  title[0m
> 2   Why Was Syria's Opposition in Kazakhstan?
> 5   Межсирийские консультации в Москве: итоги работы | Международный мультимеди…
