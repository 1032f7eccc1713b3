$ { awk 'BEGIN { print "id,title"; for (i = 0; i < 200000; i++) print i ",t" }' | citeq -F id; echo "status $?" >&2; } | head -2
> id
> 0
! status 0
