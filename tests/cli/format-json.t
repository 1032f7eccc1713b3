$ citeq -i 7,40 -f json -F id,author,title
> [
> {"id":"7","author":"","title":"وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية"},
> {"id":"40","author":"Hebel, Christina; Sydow, Christoph","title":"Frieden, wie Putin ihn mag"}
> ]
