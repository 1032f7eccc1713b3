$ citeq -f csl -i 6,12,33,40,F1
> [
> {"id":"6","type":"webpage","title":"L'opposition syrienne suggère de tenir des consultations à Astana","issued":{"date-parts":[[2015,4,10]]},"container-title":"Ambassade de France au Kazakhstan","language":"fr","medium":"PDF"},
> {"id":"12","type":"webpage","title":"رندا قسيس على طاولة رئيس جمهورية كازاخستان \" سلطان نزار باييف \" – سوريتي","issued":{"date-parts":[[2019,2,14]]},"accessed":{"date-parts":[[2019,7,8]]},"language":"ar","note":"Archived on 2019-02-14"},
> {"id":"40","type":"article-newspaper","title":"Frieden, wie Putin ihn mag","author":[{"family":"Hebel","given":"Christina"},{"family":"Sydow","given":"Christoph"}],"issued":{"date-parts":[[2018,1,29]]},"container-title":"Der Spiegel","language":"de"}
> ]
