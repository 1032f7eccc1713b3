# A language or "(PDF)" stated twice (it leaked the first copy, found by
# fuzz.import): the first holds (lang fr, format PDF), and since the fields
# cannot print the line back, the note keeps it as a template, so that
# -f wiki gives each line back as it was.
$ refs='  1. ^ "Une histoire" (in French) (in French). Le Monde.
$   2. ^ "Une carte" (PDF) (PDF) (in French). Le Monde.'
$ printf '%s\n' "$refs" | citeq import
$ printf '%s\n' "$refs" | citeq import | citeq -f wiki
> id,kind,author,title,source,date,lang,url,access_date,archive_url,archive_date,url_status,format,cites,note
> 1,citation,,Une histoire,Le Monde,,fr,,,,,,,,"Language stated in the source; Printed as: ""{title}"" (in French) (in French). {source}."
> 2,citation,,Une carte,Le Monde,,fr,,,,,,PDF,,"Language stated in the source; Printed as: ""{title}"" (PDF) (PDF) (in French). {source}."
>   1. ^ "Une histoire" (in French) (in French). Le Monde.
>   2. ^ "Une carte" (PDF) (PDF) (in French). Le Monde.
