$ citeq -f bibtex tex.csv
> @article{doe2020cats,
>   author = {Doe, Jane},
>   title = {{Cats \& dogs: 50\% off \$5 \#1 a\_b \{x\} \textasciitilde{}y \textasciicircum{}z \textbackslash{}\textbackslash{} end}},
>   journaltitle = {Journal of Things},
>   date = {2020-02},
> }
>
> @online{worldhealthorganization2019report,
>   author = {{World Health Organization}},
>   title = {{Report}},
>   date = {2019/2020},
> }
>
