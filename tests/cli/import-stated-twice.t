# A language or "(PDF)" stated twice: the first holds, the second is noted
# (it leaked the first, found by fuzz.import), and -f wiki prints it once.
$ refs='  1. ^ "Une histoire" (in French) (in French). Le Monde.
$   2. ^ "Une carte" (PDF) (PDF) (in French). Le Monde.'
$ printf '%s\n' "$refs" | citeq import
$ printf '%s\n' "$refs" | citeq import | citeq -f wiki
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note
> 1,citation,,Une histoire,Le Monde,,fr,,,,,,,,Language stated in the source; Not understood: (in French)
> 2,citation,,Une carte,Le Monde,,fr,,,,,,PDF,,Not understood: (PDF); Language stated in the source
>   1. ^ "Une histoire" (in French). Le Monde.
>   2. ^ "Une carte" (PDF) (in French). Le Monde.
