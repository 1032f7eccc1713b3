$ citeq --undated -k citation -F id,title
> id,title
> 1,"Kazakhstan decides to stop hosting Syria talks, surprising Russia"
> 7,وزير خارجية كازخستان استقبل قسيس في استانا وبحثا الأزمة السورية
> 24,"Kassis meets Kairat Abdrakhmanov, Minister of Foreign Affairs of Kazakhstan"
> 26,Movement of the Pluralistic Society - Constitution
> 27,"Press release on Deputy Foreign Minister Gennady Gatilov's meeting with Randa Kassis, President of the Syrian opposition Movement for a Pluralistic Society"
> 29,The Astana Process - Problems and Prospects by Leonid Gusev
> 33,
