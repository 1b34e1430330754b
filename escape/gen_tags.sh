#!/bin/sh
# Regenerates escape/stdlib_tags.inc: the escape tags (what each parameter
# leaks to) of the standard packages gosub supports, as Go 1.19 computes
# them.  Source of truth: `go build -a -gcflags='PKG=-m=2' PKG` with the
# oracle (Go 1.19, GOROOT /usr/lib/go-1.19); escape/gentags/main.go maps the
# printed positions back to function parameters.  Run from the repo root:
#   sh escape/gen_tags.sh
set -e
PKGS="fmt strings strconv errors sort bytes sync sync/atomic time os math unicode unicode/utf8 runtime runtime/debug io bufio io/fs container/list container/heap math/bits math/cmplx io/ioutil path path/filepath math/rand log encoding/hex hash/fnv hash/crc32 hash/adler32 hash/crc64 unicode/utf16 encoding/binary syscall container/ring context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter testing"
TMP=$(mktemp -d); trap 'rm -rf "$TMP"' EXIT
[ -n "${MTXT:-}" ] || for p in $PKGS; do
  (cd "$TMP" && go build -a -gcflags="$p=-m=2" "$p" 2>&1 || true) >>"$TMP/m.txt"
done
GO111MODULE=off go run escape/gentags/main.go <"${MTXT:-$TMP/m.txt}" >escape/stdlib_tags.inc
echo "escape/stdlib_tags.inc: $(grep -c '^{' escape/stdlib_tags.inc) parameter tags"
