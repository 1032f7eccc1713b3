$ citeq -F title,id -i 2
> title,id
> Why Was Syria's Opposition in Kazakhstan?,2
