$ citeq -f bibtex -i 2,5,6,7,39,40
> @article{putz2015why,
>   author = {Putz, Catherine},
>   entrysubtype = {newspaper},
>   title = {{Why Was Syria's Opposition in Kazakhstan?}},
>   journaltitle = {The Diplomat},
>   date = {2015-05-29},
>   langid = {english},
> }
>
> @online{anon2019,
>   title = {{Межсирийские консультации в Москве: итоги работы | Международный мультимедийный пресс-центр МИА "Россия сегодня"}},
>   date = {2019-05-11},
>   langid = {russian},
>   urldate = {2020-08-31},
>   note = {Archived on 2019-05-11},
> }
>
> @online{anon2015lopposition,
>   title = {{L'opposition syrienne suggère de tenir des consultations à Astana}},
>   organization = {Ambassade de France au Kazakhstan},
>   date = {2015-04-10},
>   langid = {french},
>   note = {Format: PDF},
> }
>
> @online{ref7,
>   title = {{وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية}},
>   organization = {حركة المجتمع التعددي},
>   langid = {arabic},
>   urldate = {2019-07-07},
>   note = {Dead link},
> }
>
> @online{terzi2017expert,
>   author = {Terzi, Giulio},
>   title = {{Expert Meeting on Syrian Constitution}},
>   organization = {Giulio Terzi},
>   date = {2017-07-10/2017-07-13},
>   langid = {english},
> }
>
> @article{hebel2018frieden,
>   author = {Hebel, Christina and Sydow, Christoph},
>   entrysubtype = {newspaper},
>   title = {{Frieden, wie Putin ihn mag}},
>   journaltitle = {Der Spiegel},
>   date = {2018-01-29},
>   langid = {german},
> }
>
