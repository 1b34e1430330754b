#!/bin/sh
# Differential tests against the oracle: for every program in testdata/run
# and examples/, `go build -gcflags=FLAGS` and `gosub build -gcflags=FLAGS`
# must print the same diagnostics, for FLAGS in '-m -l' and '-m'; for every
# file of testdata/escape, with '-m=2' and '-m -m'.  A list line may name
# the program followed by "-m=2": that program is compared with '-m=2' as
# well ('-m -m' means the same level, in go and in gosub: its spelling is
# compared on testdata/escape).
#
# go's outputs are recorded in testdata/oracle/ (one file per program: the
# program's sha1, then one "=== flags F" section per flag set, each exactly
# what `go build -gcflags=F` printed), so a run does not pay for go's
# compile and link of every program.  A program without a recorded output,
# or whose source changed since, is compared with a live go build (when go
# is installed) and listed at the end.  Recording needs go 1.19:
#   DIFF_RECORD=1 sh tests/differential.sh    records what is missing or stale
#   DIFF_RECORD=all sh tests/differential.sh  records everything again
#   DIFF_LIVE=1 sh tests/differential.sh      ignores the records
#   DIFF_LIST=FILE, DIFF_ESCAPE='F.go ...'  other programs (a quick check)
#   DIFF_JOBS=N                               comparisons at a time (default: cores)
# The comparisons are driven by tests/differential.py.
exec python3 tests/differential.py
