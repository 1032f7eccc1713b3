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
