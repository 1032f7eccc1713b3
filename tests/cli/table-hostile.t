$ citeq -f table hostile.csv
> id  title             source
> 1   ␛[2J␛]0;pwned␇    ok
> 2   ␛]52;c;aGVsbG8=␇  clip
> 3   �evil             bidi
> 4   �31mred           c1
