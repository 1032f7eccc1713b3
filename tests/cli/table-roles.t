# The table fits columns by role: the title, then the source, take the
# largest shares; authors give way first, a list after whole authors with
# "et al."; a date stays whole. zotero-real.csv holds four rows of a real
# Zotero export, byte for byte, with its header (luizfer007pz/Towards-a-
# Green-Criminology-on-South-America, "Exported Items.csv" @ ce1d8c34632c,
# as in ../shared/realdata/zotero-3.csv). Natural
# widths (python3's csv module): Key 8, Date 10, Language 8, Author 88,
# Title 114, Publication Title 28; 266 with the gaps.
#
# 200 columns, 190 after the gaps: Key, Date, Language whole (26); of
# 164, the source all its 28, the title and the author 4 shares to 1: 109
# and 27. Row 2's "Campbell, Dylan S." and " et al." are 25; row 1's first
# author alone is 29: cut.
$ COLUMNS=200 citeq -f table zotero-real.csv
> Key       Date        Language  Author                       Title                                                                                                          Publication Title
> 9UZA6P85  2022-04-03  en        Souza, Luiz Enrique Vieira…  Violence and Illegal Deforestation: The Crimes of “Environmental Militias” in the Amazon Forest                Capitalism Nature Socialism
> DNXK3TKB  2019-12     en        Campbell, Dylan S. et al.    Must the show go on? The (in)ability of counterevidence to change attitudes toward crime control theater pol…  Law and Human Behavior
> 6ETFA4NN  2017-10-02  en        Ofrias, Lindsay              Invisible harms, invisible profits: a theory of the incentive to contaminate                                   Culture, Theory and Critique
> G7T4DRCU  1966-10-01            Posinsky, S. H.              The Economics of Murder: Brazil and Vietnam                                                                    Monthly Review
# 80 columns, 70: each column keeps 10, the short ones all they need
# (26); of 44, the title 23, the source 11, the author 10.
$ COLUMNS=80 citeq -f table zotero-real.csv
> Key       Date        Language  Author      Title                    Publicatio…
> 9UZA6P85  2022-04-03  en        Souza, Lu…  Violence and Illegal D…  Capitalism…
> DNXK3TKB  2019-12     en        Campbell,…  Must the show go on? T…  Law and Hu…
> 6ETFA4NN  2017-10-02  en        Ofrias, L…  Invisible harms, invis…  Culture, T…
> G7T4DRCU  1966-10-01            Posinsky,…  The Economics of Murde…  Monthly Re…
# 30 columns, 20: the date stays whole (10); the 10 left are too few for
# three a column: one each, then the title 5 and the source 2.
$ COLUMNS=30 citeq -f table zotero-real.csv
> …  Date        …  …  Title  P…
> …  2022-04-03  …  …  Viol…  C…
> …  2019-12     …  …  Must…  L…
> …  2017-10-02  …  …  Invi…  C…
> …  1966-10-01     …  The …  M…
# Two columns at 127, 125 after the gap: the title 4 shares to the
# author's 1, 100 and 25, where "Campbell, Dylan S. et al." fits.
$ COLUMNS=127 citeq -f table -F author,title zotero-real.csv
> Author                     Title
> Souza, Luiz Enrique Viei…  Violence and Illegal Deforestation: The Crimes of “Environmental Militias” in the Amazon Forest
> Campbell, Dylan S. et al.  Must the show go on? The (in)ability of counterevidence to change attitudes toward crime control th…
> Ofrias, Lindsay            Invisible harms, invisible profits: a theory of the incentive to contaminate
> Posinsky, S. H.            The Economics of Murder: Brazil and Vietnam
