$ citeq -f ris -i 5,7,32,40
> TY  - ELEC
> TI  - Межсирийские консультации в Москве: итоги работы | Международный мультимедийный пресс-центр МИА "Россия сегодня"
> DA  - 2019/05/11/
> PY  - 2019
> Y2  - 2020/08/31/
> LA  - Russian
> N1  - Archived on 2019-05-11
> ER  - 
>
> TY  - ELEC
> TI  - وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية
> T2  - حركة المجتمع التعددي
> Y2  - 2019/07/07/
> LA  - Arabic
> N1  - Dead link
> ER  - 
>
> TY  - ELEC
> TI  - Una road map per la ricostruzione della Siria presentata oggi a Sant'Egidio
> T2  - Sant’Egidio
> DA  - 2018/10/29/
> PY  - 2018
> Y2  - 2020/10/11/
> LA  - Italian
> ER  - 
>
> TY  - NEWS
> AU  - Hebel, Christina
> AU  - Sydow, Christoph
> TI  - Frieden, wie Putin ihn mag
> T2  - Der Spiegel
> DA  - 2018/01/29/
> PY  - 2018
> LA  - German
> ER  - 
>
