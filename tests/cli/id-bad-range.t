$ citeq -i 42-35
? 2
! citeq: --id: bad id range '42-35': it ends before it starts
