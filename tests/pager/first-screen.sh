# The first screen: header on top, first rows, status line with the count.
. "$(dirname "$0")/lib.sh"
start 100 20 citeq -P
status_is "(built-in)  row 1 of 52"
expect_line 1 "id   date        lang  author      title"
expect_line 2 "1                en                Kazakhstan decides"
expect_line 3 "2    2015-05-29  en    Putz, Cat…  Why Was Syria's Opposition"
case $(line 1) in *title*source*) ;; *) fail "header lacks title and source" ;; esac
pass first screen
