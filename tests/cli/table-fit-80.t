$ COLUMNS=80 citeq -f table -l ru
> id  date        lang  author            title                      source
> 5   2019-05-11  ru                      Межсирийские консультаци…
> 13  2015-10-02  ru                      Казахстан ждет дальнейши…  Astana Tv
> 15  2015-10-04  ru                      В Астане подписана итого…  Inform Kazakh
> 37  2017-01-05  ru    Мировые, новости  Сирийская оппозиция пред…  FORBES
