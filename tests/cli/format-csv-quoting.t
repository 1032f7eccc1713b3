$ citeq -i 5,12,40 -f csv -F id,author,title,note
> id,author,title,note
> 5,,"Межсирийские консультации в Москве: итоги работы | Международный мультимедийный пресс-центр МИА ""Россия сегодня""",
> 12,,"رندا قسيس على طاولة رئيس جمهورية كازاخستان "" سلطان نزار باييف "" – سوريتي",
> 40,"Hebel, Christina; Sydow, Christoph","Frieden, wie Putin ihn mag","Authors printed as ""Hebel und Sydow, Christina und Christoph"""
