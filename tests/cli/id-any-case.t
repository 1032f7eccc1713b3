# Ids are compared without regard to case; keys without a trailing number
# (Zotero's) are still whole ids, matched as they are.
$ citeq -i f3 -F id,title
$ citeq -i zk2bbbbb,ZK4DDDDD- -F key zotero-export.csv
> id,title
> F3,Leader: Randa Kassis
> Key
> ZK2BBBBB
