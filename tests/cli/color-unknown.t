$ citeq --color=sometimes
? 2
! citeq: --color: unknown value 'sometimes' (auto, always or never)
