# Under a locale whose character set is not UTF-8 the bars are "#": 20 for
# the largest count (en 34), then 9/34*20 = 5.3 -> 5, 4/34*20 = 2.4 -> 2,
# and at least one for a count of 1 (0.6 -> 1).
$ LC_ALL=C citeq -G lang -f table
> lang     count
> en       34     ####################
> ar       9      #####
> ru       4      ##
> (empty)  1      #
> de       1      #
> fr       1      #
> it       1      #
> kk       1      #
