$ citeq -l xx
? 2
! citeq: --lang: unknown language 'xx' (use an ISO 639-1 code such as ru, or a name such as Russian)
