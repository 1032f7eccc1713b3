# Shortened footnotes come back as printed.
$ citeq import cs1-shortened.txt | citeq -f wiki
>   1. ^ Smith, p. 178.
>   2. ^ Smith 2012, pp. 5–6.
>   3. ^ Quoted in Smith, p. 7.
>   4. ^ Statutes, pp. 90–91.
>   5. ^ Van der Berg, p.198
>   6. ^ Unknown, p. 3.
>   7. ^ Doe, Jane (2004). "Müller, Friedrich Max (1823–1900)". Oxford Dictionary of National Biography (online ed.). Oxford University Press.
>   8. ^ Smith, Anna (2012). A Book. Example Press.
>   9. ^ Van der Berg, Piet (2001). Another Book. Example Press.
>   10. ^ Statutes made for the University. Oxford University Press. 1883.
