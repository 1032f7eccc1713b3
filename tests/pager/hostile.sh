# Escape sequences in the data are shown inert: they neither clear the
# screen nor set the window title nor write the clipboard.
. "$(dirname "$0")/lib.sh"
start 80 12 citeq -P hostile.csv
status_is "hostile.csv  row 1 of 4"
expect_line 2 "1   ␛[2J␛]0;pwned␇    ok"
expect_line 3 "2   ␛]52;c;aGVsbG8=␇  clip"
expect_line 4 "3   �evil             bidi"
expect_line 5 "4   �31mred           c1"
title=$(t display -p -t t '#{pane_title}')
[ "$title" != pwned ] || fail "the title was set from the data"
t show-buffer >/dev/null 2>&1 && fail "the clipboard was written"
keys Enter
wait_for "title: ␛[2J␛]0;pwned␇"
pass hostile
