$ citeq -V
> citeq 0.1.0
