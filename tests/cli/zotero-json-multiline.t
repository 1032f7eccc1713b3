$ citeq -f jsonl -F key,abstract_note zotero-export.csv
> {"Key":"ZK1AAAAA","Abstract Note":"Kazakhstan hosted talks.\nA second line, with a comma and \"quotes\"."}
> {"Key":"ZK2BBBBB","Abstract Note":""}
> {"Key":"ZK3CCCCC","Abstract Note":""}
> {"Key":"ZK4DDDDD","Abstract Note":""}
