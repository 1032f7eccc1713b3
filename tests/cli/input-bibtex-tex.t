# TeX in a .bib as Unicode text: accents bibutils leaves ({\c{C}}, {\k a})
# composed (NFC), \Dash and \textendash as dashes, logos as their names,
# \& as &, case-protecting braces dropped.
$ printf '@article{a, author={{\\c{C}}etin, B. and Ko{\\c c}, Ay}, title={{DNA}\\Dash {\\k{a}} \\& \\LaTeX{} 1\\textendash 2}}\n' | citeq -F author,title
> author,title
> "Çetin, B.; Koç, Ay",DNA—ą & LaTeX 1–2
# biblatex's \mkbibquote and csquotes' \enquote as quotes, an inner one in
# single quotes; a periodical's issue is its issuetitle, in the periodical.
$ printf '@misc{k, title={Aristotle'"'"'s \\mkbibquote{De \\enquote{Motu} Animalium} and \\enquote {x}}}\n' | citeq --from=bibtex -F title
> title
> Aristotle’s “De ‘Motu’ Animalium” and “x”
$ printf '@periodical{jcg, title={Computers and Graphics}, year=2011, issuetitle={Semantic {3D} Media}, volume=35}\n' | citeq --from=bibtex -F id,title,source,volume
> id,title,source,volume
> jcg,Semantic 3D Media,Computers and Graphics,35
# A control word is the whole run of letters after the backslash (TeX's
# rule, where bibutils takes "\o" of \oe, "\i" of \iota, "\L" of \Large):
# \oe is œ, \textregistered ® (bibutils: a macron), \ldots …; a command
# neither knows is dropped (\iota, \kern), a size (\Large) too. Two
# hyphens written by -f bibtex as "-{}-" stay two hyphens when read back
# (a page range's "--" is written and read as it is).
$ printf '@misc{k, title={C\\oe ur\\textregistered{} \\ldots{} \\iota x \\Large y \\ij}}\n' | citeq --from=bibtex -F title
$ printf 'id,title,pages\n1,a -- b,3--5\n' | citeq -f bibtex | citeq -F title,pages
> title
> Cœur® … x y ĳ
> title,pages
> a -- b,3--5
