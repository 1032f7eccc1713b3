$ citeq -i f1-f3 -F id,title
> id,title
> F1,Astana Platform
> F2,منصة أستانا السياسية
> F3,Leader: Randa Kassis
