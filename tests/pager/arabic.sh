# Right-to-left cells stay inside their column, and B shows them in
# visual order.
. "$(dirname "$0")/lib.sh"
start 80 14 citeq -P -l ar -F id,title,source
status_is "row 1 of 9"
expect_line 2 "7   وزير خارجية كازخستان"
at=$(column_of 1 source)
[ "$(column_of 2 'حركة المجتمع')" = "$at" ] ||
	fail "the source of row 7 is not in the source column ($at)"
[ "$(column_of 9 'Aletihad Press')" = "$at" ] ||
	fail "the source of row 38 is not in the source column ($at)"
keys B
status_is "bidi"
# In visual order the title's first word is at the right of its cell.
case $(line 2) in
*"وزير"*) fail "still in logical order" ;;
esac
[ "$(column_of 9 'Aletihad Press')" = "$at" ] ||
	fail "the source column moved in visual order"
# A search marks its match in visual order too (on yellow, as colour is
# on here): the word خارجية of row 7's title, in the letter forms
# the bidi algorithm shapes it into, right to left.
keys / خارجية Enter
esc=$(printf '\033')
marked="$esc\\[[0-9;]*43[;m]\\([0-9;]*m\\|$esc\\[[0-9;]*m\\)*ﺔﻴﺟﺭﺎﺧ"
t capture-pane -e -p -t t | sed -n 2p > "$bin/l2"
grep -q "$marked" "$bin/l2" ||
	fail "no marked خارجية in visual order: $(cat -v "$bin/l2")"
keys Enter
wait_for "id: 7"
t capture-pane -e -p -t t | grep "title:" > "$bin/t"
grep -q "$marked" "$bin/t" ||
	fail "no marked خارجية in the row view: $(cat -v "$bin/t")"
pass arabic
