# 80 columns, 70 after the gaps: id, date and lang whole (16); each other
# column keeps 10, and the rest goes by shares, the title 4 to the
# source's 2 and the author's 1: the source all its 13 ("Inform Kazakh"),
# the author 10, the title the 31 left.
$ COLUMNS=80 citeq -f table -l ru
> id  date        lang  author      title                            source
> 5   2019-05-11  ru                Межсирийские консультации в Мо…
> 13  2015-10-02  ru                Казахстан ждет дальнейших пере…  Astana Tv
> 15  2015-10-04  ru                В Астане подписана итоговая де…  Inform Kazakh
> 37  2017-01-05  ru    Мировые, …  Сирийская оппозиция предлагает…  FORBES
