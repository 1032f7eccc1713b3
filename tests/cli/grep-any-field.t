$ citeq -g "giulio terzi" -F id,kind
> id,kind
> 28,citation
> 39,citation
> F9,fact
