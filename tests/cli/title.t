$ citeq -t constitution -F id,title
> id,title
> 25,Geneva-6 considers mechanism for discussing Syria's constitution
> 26,Movement of the Pluralistic Society - Constitution
> 31,Astana Platform' Head Says Discussed Syrian Constitution With Russian Delegates In Geneva - UrduPoint
> 36,"Syrian Kurds Discuss Constitution in Geneva, Want Independence or Confederation"
> 39,Expert Meeting on Syrian Constitution
> F8,"In March 2017, the Astana political platform invited numerous Syrian academics, constitutionalists and political figures in order to start drafting a new constitution for Syria."
> F9,"The draft of the Syrian constitution was completed in July 2017 with the help of French constitutionalist expert Xavier Latour, former Minister of Foreign Affairs of Turkey Yasar Yakis and former Minister of Foreign Affairs of Italy Giulio Terzi."
> F11,"Kassis highlighted the importance of creating a constitutional committee in order to facilitate the peace process, which the UN and Astana troika – Russian, Iran and Turkey – later agreed to."
