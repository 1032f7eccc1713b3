$ citeq -i 5,40 -f tsv -F id,author,title
> id	author	title
> 5		Межсирийские консультации в Москве: итоги работы | Международный мультимедийный пресс-центр МИА "Россия сегодня"
> 40	Hebel, Christina; Sydow, Christoph	Frieden, wie Putin ihn mag
