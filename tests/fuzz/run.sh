#!/bin/sh
# run.sh: build and run every libFuzzer harness tests/fuzz/fuzz_*.c (`make fuzz`).
#
# Each harness defines LLVMFuzzerTestOneInput and links against the compiler
# library built with clang, ASan, UBSan and fuzzer coverage into build/fuzz
# (plus FUZZ_LDLIBS, default "-lgmp -lm").
# Each harness runs FUZZ_SECONDS (default 60) in sessions of at most
# FUZZ_CHUNK seconds (default 20): the compiler's arena is never freed, so a
# fresh process every few seconds keeps memory bounded.  The corpus lives in
# build/fuzz/corpus/<name>, seeded from testdata/ and a few GOROOT files;
# crashes land in build/fuzz/crashes/<name>/ and fail the script.
#
#   FUZZ_SECONDS=300 sh tests/fuzz/run.sh           all harnesses
#   sh tests/fuzz/run.sh lexer parser               only fuzz_lexer.c, fuzz_parser.c
#   FUZZ_JOBS=2 ...                                 libFuzzer -jobs/-workers (default 1)
set -u
cd "$(dirname "$0")/../.."

CLANG=${CLANG:-clang}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_CHUNK=${FUZZ_CHUNK:-20}
FUZZ_JOBS=${FUZZ_JOBS:-1}
FUZZ_LDLIBS=${FUZZ_LDLIBS:--lgmp -lm}
GOROOT_SRC=${GOROOT_SRC:-/usr/lib/go-1.19/src/}
OUT=build/fuzz
SAN="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"

command -v "$CLANG" >/dev/null 2>&1 || { echo "run.sh: $CLANG not found (apt-get install clang)"; exit 1; }

# The compiler library, instrumented.  Command-line variables override the
# Makefile's own, so this is the normal build in another directory.
# If some file does not compile (work in progress elsewhere), the objects
# that did are archived anyway: a harness that needs a missing one fails to
# link and is reported, the others still run.
LIB=$OUT/lib/libgosubc.a
mkdir -p $OUT
if ! make -s -k -j2 O=$OUT BIN=$OUT/bin CC="$CLANG" OPT=-O1 \
    SANFLAGS="-fsanitize=fuzzer-no-link $SAN" CFLAGS="-Wno-error" $LIB >$OUT.build.log 2>&1; then
    echo "run.sh: warning: some compiler sources failed to build (see $OUT.build.log); using the objects that did"
    LIB=$OUT/lib/libgosubc_partial.a
    rm -f $LIB
    mkdir -p $OUT/lib
    objs=$(find $OUT -name '*.o' -not -path "$OUT/driver/*" -not -path "$OUT/runtime/*" -not -path "$OUT/tests/*")
    [ -n "$objs" ] && ar rcs $LIB $objs
fi

if [ $# -gt 0 ]; then
    harnesses=""
    for n in "$@"; do harnesses="$harnesses tests/fuzz/fuzz_$n.c"; done
else
    harnesses=$(ls tests/fuzz/fuzz_*.c)
fi

# Seeds shared by all harnesses: Go source from testdata/ and some GOROOT files.
SEEDS=$OUT/seeds
if [ ! -d $SEEDS ]; then
    mkdir -p $SEEDS
    find testdata -name '*.go' 2>/dev/null | head -500 | while read -r f; do
        cp "$f" "$SEEDS/td_$(echo "$f" | tr '/' '_')"
    done
    if [ -d "$GOROOT_SRC" ]; then
        find "$GOROOT_SRC" -name '*.go' -not -path '*/testdata/*' -size -6k 2>/dev/null |
            sort | awk 'NR % 97 == 0' | head -40 | while read -r f; do
            cp "$f" "$SEEDS/gr_$(echo "$f" | tr '/' '_')"
        done
    fi
fi

status=0
for h in $harnesses; do
    [ -f "$h" ] || { echo "run.sh: no such harness $h"; status=1; continue; }
    name=$(basename "$h" .c)
    bin=$OUT/$name
    echo "== $name: building"
    $CLANG -g -O1 -std=c11 -D_GNU_SOURCE -fsanitize=fuzzer $SAN -I. -I$OUT/gen \
        -o "$bin" "$h" $LIB $FUZZ_LDLIBS || { status=1; continue; }
    corpus=$OUT/corpus/$name
    crashes=$OUT/crashes/$name
    mkdir -p "$corpus" "$crashes"
    extra=""
    [ -f tests/fuzz/go.dict ] && extra="-dict=tests/fuzz/go.dict"
    [ "$FUZZ_JOBS" -gt 1 ] && extra="$extra -jobs=$FUZZ_JOBS -workers=$FUZZ_JOBS"
    left=$FUZZ_SECONDS
    while [ "$left" -gt 0 ]; do
        t=$FUZZ_CHUNK
        [ "$t" -gt "$left" ] && t=$left
        echo "== $name: fuzzing ${t}s (${left}s left)"
        # the compiler never frees its arena nor the GMP numbers of its
        # constants (by design): leaks are not bugs here
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" \
        "$bin" -max_total_time="$t" -timeout=10 -rss_limit_mb=4096 -max_len=8192 -detect_leaks=0 \
            -artifact_prefix="$crashes/" $extra \
            "$corpus" $SEEDS >"$OUT/$name.log" 2>&1
        rc=$?
        tail -n 3 "$OUT/$name.log" | sed 's/^/   /'
        if [ $rc -ne 0 ]; then
            echo "== $name: FAILED (exit $rc); log $OUT/$name.log, inputs in $crashes/"
            grep -m 5 -E 'ERROR|SUMMARY|invariant' "$OUT/$name.log" | sed 's/^/   /'
            status=1
            break
        fi
        left=$((left - t))
    done
done
[ $status -eq 0 ] && echo "fuzz: all harnesses ran with no finding"
exit $status
