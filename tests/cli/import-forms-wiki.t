$ citeq import cs1-forms.txt 2>/dev/null | citeq -f wiki
>   1. ^ Doe, Jane (May 29, 2015). "Day, month and year". The Daily Example.
>   2. ^ Roe, Richard (May 2015). "Month and year". Example Journal.
>   3. ^ Poe, Edgar (2015). "A year alone". Example Press.
>   4. ^ "A range of days" (PDF). Example Site. 10–13 July 2017.
>   5. ^ "A range in US style". Example Site. July 10–13, 2017.
>   6. ^ "A range across months". Example News. 29 May – 2 June 2015.
>   7. ^ "A season of years". Example Review. 2015–16.
>   8. ^ Moe, Mary (n.d.). "No date". Example Site. Retrieved 1 March 2020.
>   9. ^ "Une histoire de la cartographie" (in French). Le Monde. 3 March 2019.
>   10. ^ "История картографии в России". Российская газета. 4 April 2018.
>   11. ^ "Қазақстан картографиясының тарихы". Егемен Қазақстан. 5 May 2017.
>   12. ^ "تاريخ رسم الخرائط في العالم العربي". الأهرام. 6 June 2016.
>   13. ^ "Die Geschichte der Kartographie in Deutschland". Der Spiegel. 7 July 2014. Archived from the original on 8 August 2014. Retrieved 9 September 2020.[dead link]
>   14. ^ Smith and Jones, Anna and Bob (1 January 2010). "Two authors joined". Example Quarterly.
>   15. ^ "No source, with a retrieval date". Retrieved 10 October 2021.
>   17. ^ "A gap in the numbering above"
>   18. ^
>   19. ^ "An unclosed title. Example Site. 2019.
