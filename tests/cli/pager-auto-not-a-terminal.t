$ CITEQ_PAGER=auto citeq -l de -F id,title
> id,title
> 40,"Frieden, wie Putin ihn mag"
