# TeX in a .bib as Unicode text: accents bibutils leaves ({\c{C}}, {\k a})
# composed (NFC), \Dash and \textendash as dashes, logos as their names,
# \& as &, case-protecting braces dropped.
$ printf '@article{a, author={{\\c{C}}etin, B. and Ko{\\c c}, Ay}, title={{DNA}\\Dash {\\k{a}} \\& \\LaTeX{} 1\\textendash 2}}\n' | citeq -F author,title
> author,title
> "Çetin, B.; Koç, Ay",DNA—ą & LaTeX 1–2
