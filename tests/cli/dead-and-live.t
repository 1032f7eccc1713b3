$ citeq --dead --live
? 2
! citeq: --dead and --live exclude each other (see citeq --help)
