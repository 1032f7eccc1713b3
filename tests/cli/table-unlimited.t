$ citeq -f table -i 2,7,11,39
> id  date                   lang  author           title                                                            source
> 2   2015-05-29             en    Putz, Catherine  Why Was Syria's Opposition in Kazakhstan?                        The Diplomat
> 7                          ar                     وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية  حركة المجتمع التعددي
> 11  2015-09-18             kk                     Мемлекет басшысы Ақылмандар кеңесінің мүшелерімен кездесті       ЖАҢАЛЫҚТАР
> 39  2017-07-10/2017-07-13  en    Terzi, Giulio    Expert Meeting on Syrian Constitution                            Giulio Terzi
