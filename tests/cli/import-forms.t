$ citeq import cs1-forms.txt
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note
> 1,citation,"Doe, Jane","Day, month and year",The Daily Example,2015-05-29,en,,,,,,,,Dates printed mdy
> 2,citation,"Roe, Richard",Month and year,Example Journal,2015-05,en,,,,,,,,
> 3,citation,"Poe, Edgar",A year alone,Example Press,2015,en,,,,,,,,
> 4,citation,,A range of days,Example Site,2017-07-10/2017-07-13,en,,,,,,PDF,,
> 5,citation,,A range in US style,Example Site,2017-07-10/2017-07-13,en,,,,,,,,Dates printed mdy
> 6,citation,,A range across months,Example News,2015-05-29/2015-06-02,en,,,,,,,,
> 7,citation,,A season of years,Example Review,2015/2016,en,,,,,,,,
> 8,citation,"Moe, Mary",No date,Example Site,,en,,2020-03-01,,,,,,Dated n.d.
> 9,citation,,Une histoire de la cartographie,Le Monde,2019-03-03,fr,,,,,,,,Language stated in the source
> 10,citation,,История картографии в России,Российская газета,2018-04-04,ru,,,,,,,,
> 11,citation,,Қазақстан картографиясының тарихы,Егемен Қазақстан,2017-05-05,kk,,,,,,,,
> 12,citation,,تاريخ رسم الخرائط في العالم العربي,الأهرام,2016-06-06,ar,,,,,,,,
> 13,citation,,Die Geschichte der Kartographie in Deutschland,Der Spiegel,2014-07-07,de,,2020-09-09,,2014-08-08,dead,,,Marked [dead link]
> 14,citation,"Smith, Anna; Jones, Bob",Two authors joined,Example Quarterly,2010-01-01,en,,,,,,,,"Authors printed as ""Smith and Jones, Anna and Bob"""
> 15,citation,,"No source, with a retrieval date",,,en,,2021-10-10,,,,,,
> 17,citation,,A gap in the numbering above,,,en,,,,,,,,"Printed as: ""{title}"""
> 18,citation,,,,,,,,,,,,,Entry is empty in the source
> 19,citation,,"""An unclosed title. Example Site. 2019.",,,en,,,,,,,,Title printed without quotation marks
> F1,fact,,Example Society,,,en,,,,,,,,Infobox: name
> F2,fact,,Founded: 1999,,1999,en,,,,,,,,Infobox
> F3,fact,,The society was founded in May 1999 by three historians.,,1999-05,en,,,,,,,1,Lead
> F4,fact,,It published its first report on 2 June 2001.,,2001-06-02,en,,,,,,,2;3,Lead
> F5,fact,,It moved to Lyon in 2005.,,,en,,,,,,,4,History
! citeq: cs1-forms.txt:27: warning: reference 16 is missing
! citeq: cs1-forms.txt:28: warning: reference 18 is empty
! citeq: cs1-forms.txt:29: warning: reference 19: the title's quotation mark is not closed; kept as a title
