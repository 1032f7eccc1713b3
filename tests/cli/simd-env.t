# CITEQ_SIMD narrows the scans to a byte (plain) or sixteen bytes (sse2)
# at a time, in any case: the same answer as the machine's best (the
# built-in data has "Syria" in 23 rows, by Python's csv module);
# another value is a usage error.
$ CITEQ_SIMD=plain citeq -g syria -c
> 23
$ CITEQ_SIMD=SSE2 citeq -g syria -c
> 23
$ CITEQ_SIMD=avx2 citeq -g syria -c
> 23
$ CITEQ_SIMD=avx512 citeq -g syria -c
? 2
! citeq: CITEQ_SIMD is 'avx512', not plain, sse2 or avx2 (see citeq --help)
