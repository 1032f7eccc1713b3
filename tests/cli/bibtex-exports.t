$ citeq -f bibtex scopus-export.csv zotero-export.csv
> @article{quick2015analyzing,
>   author = {Quick, M. and Law, J.},
>   title = {{Analyzing the influence of ethnic composition}},
>   journaltitle = {Applied Geography},
>   date = {2015},
>   langid = {english},
>   doi = {10.1/x},
>   url = {https://www.scopus.com/a},
>   abstract = {First paragraph. Second paragraph, with "quotes".},
> }
>
> @article{garcia2021violence,
>   author = {García, J.},
>   title = {{Violence and crime in South America; [Violencia y crimen en América del Sur]}},
>   journaltitle = {Revista de Criminología},
>   date = {2021},
>   langid = {spanish},
>   url = {https://www.scopus.com/b},
> }
>
> @inproceedings{luo2021crime,
>   author = {Luo, J. and Li, Q.},
>   title = {{Crime prediction}},
>   booktitle = {Proceedings of a conference},
>   date = {2021},
>   langid = {chinese},
> }
>
> @article{putz2015why,
>   author = {Putz, Catherine},
>   entrysubtype = {newspaper},
>   title = {{Why Was Syria's Opposition in Kazakhstan?}},
>   journaltitle = {The Diplomat},
>   date = {2015-05-29},
>   langid = {english},
>   url = {https://thediplomat.com/2015/05/why-was-syrias-opposition-in-kazakhstan/},
>   urldate = {2020-08-31},
>   abstract = {Kazakhstan hosted talks. A second line, with a comma and "quotes".},
> }
>
> @online{anon2019,
>   title = {{Межсирийские консультации в Москве: итоги работы}},
>   organization = {МИА Россия сегодня},
>   date = {2019-05-11},
>   langid = {russian},
>   url = {https://pressmia.ru/},
>   urldate = {2020-08-31},
> }
>
> @article{terzi2017expert,
>   author = {Terzi, Giulio and Latour, Xavier},
>   title = {{Expert Meeting on Syrian Constitution}},
>   journaltitle = {Revue de droit},
>   date = {2017},
>   langid = {french},
> }
>
> @book{zraick2016syria,
>   author = {Zraick, Karen},
>   title = {{Syria Talks}},
>   publisher = {Penguin},
>   date = {2016},
>   langid = {english},
> }
>
