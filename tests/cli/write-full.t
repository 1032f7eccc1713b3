$ citeq > /dev/full
? 2
! citeq: write error: No space left on device
