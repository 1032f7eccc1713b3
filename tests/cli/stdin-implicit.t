# A loop's own input is standard input to citeq too: it is read (it is
# not a terminal), and when it lacks the columns asked for the error says
# so and names the built-in data, which @builtin selects.
$ printf '2\n4\n' | while read i; do citeq -i "$i" -F id; echo "status $?"; done
> status 2
! citeq: (standard input):1: no column 'id' (needed by --id) (standard input was read, as no FILE was named and it is not a terminal; name @builtin for the built-in data)
$ printf '2\n4\n' | while read i; do citeq -i "$i" -F id,title @builtin; done
> id,title
> 2,Why Was Syria's Opposition in Kazakhstan?
> id,title
> 4,Kazakhstan to Host Syria Talks
$ printf 'a,b\n1,2\n' | citeq -F title
? 2
! citeq: --fields: no column 'title' (standard input was read, as no FILE was named and it is not a terminal; name @builtin for the built-in data)
$ printf 'a,b\n1,2\n' | citeq -F title -
? 2
! citeq: --fields: no column 'title'
