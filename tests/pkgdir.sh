#!/bin/sh
# tests/pkgdir.sh: packages named by directory (driver/pkgdir.c), against
# the go command.  A new user's `go mod init example.com/x; go run .;
# go build -gcflags=-m`: each case runs go and gosub in twin copies of a
# small module tree and compares stdout+stderr, the exit status, and the
# files the build leaves in the directory.  Skipped without go.
set -u
GOSUB=${GOSUB:-bin/gosub}
case $GOSUB in /*) ;; *) GOSUB=$(pwd)/$GOSUB ;; esac
if ! command -v go >/dev/null 2>&1; then echo "pkgdir: go not installed, skipped"; exit 0; fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
# a cache of our own: go replays a cached compile's -m output verbatim,
# paths included, whatever directory it was built from
GOCACHE=$T/gocache; export GOCACHE
GOFLAGS=; export GOFLAGS
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0"; export ASAN_OPTIONS
pass=0; fail=0

# The module tree: a main package at the root in two files (one with
# constraints that hold, files whose constraints do not), a library, a
# command in cmd/tool, a directory of two packages, an empty one, one whose
# files are all excluded, and one that does not compile.
mktree() {
  d=$1; mkdir -p "$d"; cd "$d" || exit 1
  printf 'module example.com/shop/v2\n\ngo 1.19\n' > go.mod
  cat > main.go <<'EOF'
package main

import (
	"fmt"
	"os"
)

type Item struct {
	Name  string
	Price int
}

func newItem(n string, p int) *Item { return &Item{n, p} }

func main() {
	items := []*Item{newItem("tea", 3), newItem("cake", 5)}
	fmt.Println(total(items), platform(), len(os.Args[1:]), os.Args[1:])
}
EOF
  cat > total_linux.go <<'EOF'
//go:build linux && (amd64 || arm64) && go1.18 && !windows

package main

func total(items []*Item) (t int) {
	for _, it := range items {
		t += it.Price
	}
	return
}

func platform() string { return "linux" }
EOF
  printf 'package main\n\nfunc platform() string { return "windows" }\n' > platform_windows.go
  printf '//go:build ignore\n\npackage main\n\nfunc platform() string { return "ignored" }\n' > gen.go
  printf '// +build !linux\n\npackage main\n\nfunc platform() string { return "plus" }\n' > old_plus.go
  printf 'package main\n\nfunc platform() string { return "arm" }\n' > p_linux_arm.go
  printf 'package main\n\nimport "testing"\n\nfunc TestX(t *testing.T) {}\n' > main_test.go
  printf 'package main\n\nfunc platform() string { return "underscore" }\n' > _skip.go
  mkdir -p lib cmd/tool two empty excluded bad
  printf 'package lib\n\nvar sink *int\n\nfunc Keep(p *int) { sink = p }\n\nfunc Same(p *int) *int { return p }\n' > lib/lib.go
  cat > cmd/tool/tool.go <<'EOF'
package main

import "fmt"

func main() {
	s := make([]int, 0, 4)
	for i := 0; i < 4; i++ {
		s = append(s, i*i)
	}
	fmt.Println(s)
}
EOF
  printf 'package main\n\nfunc main() {}\n' > two/a.go
  printf 'package other\n' > two/b.go
  printf '//go:build windows\n\npackage main\n' > excluded/w.go
  printf 'package main\n\nfunc main() { x := 1 }\n' > bad/bad.go
  # errors in two files: gc prints a file's errors from the first one it
  # reported (package-level declarations are checked before bodies)
  mkdir -p bad2
  printf 'package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n' > bad2/a.go
  printf 'package main\n\nvar x int = "b"\n\nfunc f() int { return "c" }\n' > bad2/b.go
  cd - >/dev/null || exit 1
}
mktree "$T/go"
mktree "$T/gs"

# check NAME DIR(relative to the tree) CMD...: CMD run as go and as gosub
check() {
  name=$1; sub=$2; shift 2
  (cd "$T/go/$sub" && go "$@" >"$T/want" 2>&1; echo "exit $?" >>"$T/want"; ls -R . >>"$T/want")
  (cd "$T/gs/$sub" && "$GOSUB" "$@" >"$T/got" 2>&1; echo "exit $?" >>"$T/got"; ls -R . >>"$T/got")
  # the trees' own paths in messages ("no Go files in $T/go/empty")
  sed -i "s|$T/go|\$T|g" "$T/want"; sed -i "s|$T/gs|\$T|g" "$T/got"
  if cmp -s "$T/want" "$T/got"; then pass=$((pass + 1)); else
    fail=$((fail + 1)); echo "FAIL pkgdir: $name: $*"; diff "$T/want" "$T/got" | head -20; fi
}

check "build -m, no argument" . build -gcflags=-m
check "build -m -l ." . build -gcflags='-m -l' .
check "run ." . run .
check "run . with arguments" . run . a -b c
check "run ./cmd/tool" . run ./cmd/tool
check "build -m from a subdirectory" cmd build -gcflags=-m ./tool
check "build -m=2 of cmd/tool, -o" . build -o out.bin -gcflags=-m=2 ./cmd/tool
check "build -m of a library" . build -gcflags=-m ./lib
check "build library by import path" . build -gcflags=-m example.com/shop/v2/lib
check "run a library" . run ./lib
check "two packages" . build ./two
check "no Go files" empty build
check "run in an empty directory" empty run .
check "constraints exclude all" . build ./excluded
mkdir -p "$T/outside"; printf 'package main\n\nfunc main() {}\n' > "$T/outside/o.go"
check "outside the module" cmd build ../../outside
check "missing directory" . build ./nope/
check "compile error" . build ./bad
check "run with a compile error" bad run .
check "compile errors in two files" . build ./bad2
check "output is a directory" cmd/tool build -gcflags=-m
check "run with no arguments" . run
# a module whose go directive predates generics: go passes -lang=go1.16,
# which -gcflags=-lang may raise (the later flag wins)
for t in go gs; do
  mkdir -p "$T/$t/oldmod"
  printf 'module example.com/oldmod\n\ngo 1.16\n' > "$T/$t/oldmod/go.mod"
  cat > "$T/$t/oldmod/x.go" <<'EOF'
package main

import "fmt"

type Num interface{ ~int | ~float64 }

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var a any = 0b101
	fmt.Println(Sum(1, 2), Sum[float64](1.5), a, 1_000, 1<<a.(int))
}
EOF
done
check "go 1.16 module: language version errors" oldmod build .
check "go 1.16 module, -gcflags=-lang=go1.18" oldmod run -gcflags=-lang=go1.18 .
# go1.13's literal forms and signed shift counts, go1.14's overlapping methods
for t in go gs; do
  mkdir -p "$T/$t/go112"
  printf 'module example.com/go112\n\ngo 1.12\n' > "$T/$t/go112/go.mod"
  cat > "$T/$t/go112/lit.go" <<'EOF'
package main

type R interface{ Read() int }
type RC interface {
	R
	R
}

func main() {
	s := 2
	println(1_000, 0b11, 0o17, 0x1p-2, 0xabci, 0x1fi, 0xff, 017, 1<<s, 1<<uint(s))
}
EOF
done
check "go 1.12 module: literals, shifts, overlapping methods" go112 build .
# a package of the module imported by main: outside gosub's subset, so a
# clear error at the import (go builds it; no comparison with go here)
mkdir -p "$T/gs/uselib"
printf 'package main\n\nimport "example.com/shop/v2/lib"\n\nfunc main() { lib.Keep(nil) }\n' > "$T/gs/uselib/main.go"
(cd "$T/gs/uselib" && "$GOSUB" run . >"$T/got" 2>&1; echo "exit $?" >>"$T/got")
if grep -q '^\./main.go:3:8: package example.com/shop/v2/lib is not supported yet (a package of module example.com/shop/v2: ' "$T/got" &&
  grep -qx 'exit [12]' "$T/got"; then pass=$((pass + 1)); else
  fail=$((fail + 1)); echo "FAIL pkgdir: a module package imported by main"; cat "$T/got"; fi
mkdir -p "$T/go/nomod" "$T/gs/nomod"
cp "$T/go/cmd/tool/tool.go" "$T/go/nomod/"; cp "$T/gs/cmd/tool/tool.go" "$T/gs/nomod/"
mv "$T/go/go.mod" "$T/go/go.mod.off"; mv "$T/gs/go.mod" "$T/gs/go.mod.off"
check "no go.mod" nomod build .
check "no go.mod, files still build" nomod run tool.go
echo "pkgdir: $pass passed, $fail failed"
[ "$fail" = 0 ]
