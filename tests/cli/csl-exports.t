$ citeq -f csl -i ZK4DDDDD,2-s2.0-3 zotero-export.csv scopus-export.csv
> [
> {"id":"ZK4DDDDD","type":"book","title":"Syria Talks","author":[{"family":"Zraick","given":"Karen"}],"issued":{"date-parts":[[2016]]},"publisher":"Penguin","language":"en"},
> {"id":"2-s2.0-3","type":"paper-conference","title":"Crime prediction","author":[{"family":"Luo","given":"J."},{"family":"Li","given":"Q."}],"issued":{"date-parts":[[2021]]},"container-title":"Proceedings of a conference","language":"zh"}
> ]
