$ citeq -a terzi -F id,author,title
> id,author,title
> 28,"Terzi, Giulio",SYRIA: SPEECH BY GIULIO TERZI AT THE ASTANA PLATFORM
> 39,"Terzi, Giulio",Expert Meeting on Syrian Constitution
