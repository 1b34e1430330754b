#!/bin/sh
# Regenerates ir/stdlib_pos.inc: the positions in Go 1.19's source of the
# parameters of the standard packages' methods, which gc's -m=2 prints for
# the method wrappers of types embedding them (ir/wrappers.c).  Source of
# truth: $GOROOT/src of the oracle (Go 1.19, linux/amd64 build tags);
# ir/genpos/main.go reads it.  Run from the repo root:  sh ir/gen_pos.sh
set -e
PKGS="fmt strings strconv errors sort bytes sync sync/atomic time os math unicode unicode/utf8 runtime runtime/debug io bufio io/fs container/list container/heap math/bits math/cmplx io/ioutil path path/filepath math/rand log encoding/hex hash hash/fnv hash/crc32 hash/adler32 hash/crc64 unicode/utf16 encoding/binary syscall container/ring context flag encoding/base64 crypto/sha256 crypto/md5 crypto/sha1 text/tabwriter testing"
GO111MODULE=off go run ir/genpos/main.go $PKGS >ir/stdlib_pos.inc
echo "ir/stdlib_pos.inc: $(grep -c '^{' ir/stdlib_pos.inc) methods"
