# -G author counts each author of a ";" list: how many rows list them.
# Counted with python3's csv module over data/citations.csv (52 rows): 42
# have no author; Putz, ORAZGALIYEVA and Terzi are on two rows each; row
# 40's "Hebel, Christina; Sydow, Christoph" counts once for each of them.
# Ties in natural order, case folded: Latin before Cyrillic.
$ citeq -G author
> author,count
> ,42
> "ORAZGALIYEVA, Malika",2
> "Putz, Catherine",2
> "Terzi, Giulio",2
> "GUSEV, Leonid",1
> "Hebel, Christina",1
> "Sydow, Christoph",1
> "Zraick, Karen",1
> "Мировые, новости",1
