#!/bin/sh
# Regenerates ir/stdlib_inline.inc: which standard-library functions Go 1.19
# can inline, at what cost, and which calls it inlines transitively inside
# them.  Source of truth: `go build -a -gcflags='PKG=-m=2' PKG` with the
# oracle (Go 1.19); ir/geninline/main.go reads it.  Run from the repo root:
#   sh ir/gen_inline.sh      (MTXT=file reuses a saved -m=2 output)
set -e
PKGS="fmt strings strconv errors sort bytes sync sync/atomic time os math unicode unicode/utf8 runtime runtime/debug io bufio io/fs container/list container/heap math/bits math/cmplx io/ioutil path path/filepath math/rand log encoding/hex hash/fnv hash/crc32 hash/adler32 hash/crc64 unicode/utf16 encoding/binary syscall container/ring context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter testing"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
[ -n "${MTXT:-}" ] || for p in $PKGS; do
  (cd "$TMP" && go build -a -gcflags="$p=-m=2" "$p" 2>&1 || true) >>"$TMP/m.txt"
done
GO111MODULE=off go run ir/geninline/main.go <"${MTXT:-$TMP/m.txt}" >ir/stdlib_inline.inc
echo "ir/stdlib_inline.inc: $(grep -c '^{' ir/stdlib_inline.inc) inlinable functions"
