#!/bin/sh
# tests/cache.sh: the C compiler step's build cache (driver/cache.c).
# A rebuild of the same program is a cache hit (no cc, same executable); a
# change in the program is a new entry; GOSUBCACHE=off writes nothing.
set -u
GOSUB=${GOSUB:-bin/gosub}
case $GOSUB in /*) ;; *) GOSUB=$(pwd)/$GOSUB ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL cache: $*"; exit 1; }
cd "$T" || exit 1
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("one") }\n' > p.go
GOSUBCACHE=$T/c "$GOSUB" build -o a p.go || fail "first build"
n=$(ls c | grep -c -- '-exe$')
[ "$n" = 1 ] || fail "expected 1 entry after the first build, got $n"
# the hit must not run cc: a CC that fails proves it
CC=false GOSUBCACHE=$T/c "$GOSUB" build -o b p.go 2>/dev/null && fail "CC is part of the key: CC=false must miss"
GOSUBCACHE=$T/c "$GOSUB" build -x -o b p.go 2> x.log || fail "second build"
grep -q -- '-O2' x.log && fail "second build ran the C compiler"
cmp -s a b || fail "cached executable differs"
[ "$(./b)" = one ] || fail "cached executable output"
sed 's/one/two/' p.go > q.go && mv q.go p.go
[ "$(GOSUBCACHE=$T/c "$GOSUB" run p.go)" = two ] || fail "changed program ran the old executable"
n=$(ls c | grep -c -- '-exe$')
[ "$n" = 2 ] || fail "expected 2 entries after a change, got $n"
GOSUBCACHE=off "$GOSUB" build -o d p.go || fail "GOSUBCACHE=off build"
[ ! -d off ] || fail "GOSUBCACHE=off created a directory"
# the size bound: over GOSUBCACHEMAX the least recently used entries go
# until the cache is under half of it (a trim runs at most once an hour:
# removing trim.txt makes the next build trim)
sz=$(stat -c %s "$(ls -d c/*-exe | head -n 1)")
touch -d '1 hour ago' c/*-exe
rm -f c/trim.txt
sed 's/two/three/' p.go > q.go && mv q.go p.go
GOSUBCACHE=$T/c GOSUBCACHEMAX=$((sz * 3 / 2)) "$GOSUB" build -o e p.go || fail "build with a size bound"
n=$(ls c | grep -c -- '-exe$')
[ "$n" = 1 ] || fail "expected the two old entries trimmed over GOSUBCACHEMAX, got $n entries"
[ "$(./e)" = three ] || fail "build after a trim"
# -o DIR writes DIR/p; -o /dev/null builds and discards, /dev/null stays a device
mkdir od
GOSUBCACHE=$T/c "$GOSUB" build -o od p.go || fail "build -o DIR"
[ "$(./od/p)" = three ] || fail "-o DIR did not write DIR/p"
GOSUBCACHE=$T/c "$GOSUB" build -o /dev/null p.go || fail "build -o /dev/null (cached)"
GOSUBCACHE=off "$GOSUB" build -o /dev/null p.go || fail "build -o /dev/null (uncached)"
[ -c /dev/null ] || fail "/dev/null is no longer a character device"
echo "cache: 9 checks passed"
