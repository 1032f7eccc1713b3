$ printf "" | citeq
? 1
