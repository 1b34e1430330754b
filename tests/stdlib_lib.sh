#!/bin/sh
# tests/stdlib_lib.sh: the standard packages are a prebuilt library
# (codegen/cg_lib.c, libgosubstd.a built by make), never compiled per
# program.  hello's generated C (kept by -work) must hold no function of a
# standard package and stay small; a program using several standard
# packages, their types in interfaces and maps, errors.As on their error
# types and log's runtime.Caller must print what go printed (written here).
set -u
GOSUB=${GOSUB:-bin/gosub}
case $GOSUB in /*) ;; *) GOSUB=$(pwd)/$GOSUB ;; esac
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fail() { echo "FAIL stdlib_lib: $*"; exit 1; }
cd "$T" || exit 1
printf 'package main\n\nimport "fmt"\n\nfunc main() { fmt.Println("hello, world") }\n' > hello.go
GOSUBCACHE=off "$GOSUB" build -work -o hello hello.go 2> work.log || fail "build hello"
W=$(sed -n 's/^WORK=//p' work.log | head -n 1)
[ -f "$W/main.c" ] || fail "no main.c in the -work directory"
[ "$(./hello)" = "hello, world" ] || fail "hello's output"
# every function definition is preceded by a "/* pkg.name */" comment
n=$(grep -c '^/\* [a-z][a-z0-9/]*\.[^ ]* \*/$' "$W/main.c")
m=$(grep -c '^/\* main\.[^ ]* \*/$' "$W/main.c")
[ "$n" = "$m" ] || { grep '^/\* [a-z][a-z0-9/]*\.[^ ]* \*/$' "$W/main.c" | grep -v '^/\* main\.' | head -n 5; fail "hello's C defines $((n - m)) standard-package functions"; }
lines=$(wc -l < "$W/main.c")
[ "$lines" -lt 400 ] || fail "hello's C has $lines lines (the standard packages compiled per program again?)"
grep -q 'fmt__pkginit' "$W/main.c" || fail "hello does not run fmt's initialiser"
rm -rf "$W"
cat > p.go <<'GO'
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"sort"
	"strconv"
	"strings"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type myErr struct{ s string }

func (e *myErr) Error() string { return e.s }

func main() {
	log.SetFlags(log.Lshortfile)
	log.SetOutput(os.Stdout)
	log.Println("x")
	s := byLen{"ccc", "a", "bb"}
	sort.Sort(s)
	fmt.Println(s, strings.ToUpper(strings.Join(s, "-")))
	var e error = fmt.Errorf("wrap: %w", &myErr{"inner"})
	var me *myErr
	fmt.Println(errors.As(e, &me), me.s, errors.Unwrap(e) == error(me))
	_, err := strconv.Atoi("zz")
	fmt.Printf("%v %T\n", err, err)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, errors.Is(err, strconv.ErrSyntax))
	m := map[interface{}]int{err: 1, "a": 2, ne: 3}
	fmt.Println(len(m), m["a"], m[err])
	var sb strings.Builder
	fmt.Fprintf(&sb, "%#v", os.ErrNotExist)
	fmt.Println(sb.String())
}
GO
cat > want <<'OUT'
p.go:26: x
[a bb ccc] A-BB-CCC
true inner true
strconv.Atoi: parsing "zz": invalid syntax *strconv.NumError
true Atoi true
2 2 3
&errors.errorString{s:"file does not exist"}
OUT
GOSUBCACHE=off "$GOSUB" run p.go > got 2>&1 || fail "run p.go"
cmp -s want got || { diff want got; fail "p.go's output differs from go's"; }
# a standard type's interface wrappers (sort.IntSlice in sort.Interface)
# come from the library, next to the methods cc inlines into them: the
# program only declares them
printf 'package main\n\nimport (\n\t"fmt"\n\t"sort"\n)\n\nfunc main() {\n\ta := []int{3, 1, 2}\n\tsort.Sort(sort.IntSlice(a))\n\tfmt.Println(a)\n}\n' > s.go
GOSUBCACHE=off "$GOSUB" build -work -o s s.go 2> work.log || fail "build s.go"
W=$(sed -n 's/^WORK=//p' work.log | head -n 1)
[ "$(./s)" = "[1 2 3]" ] || fail "s.go's output"
grep -q '^bool sort_IntSlice_Less__i(void \*d, int64_t p0, int64_t p1);' "$W/main.c" || fail "sort.IntSlice's Less wrapper is not declared extern"
! grep -q 'sort_IntSlice_Less__i(void \*d, int64_t p0, int64_t p1) {' "$W/main.c" || fail "the program defines sort.IntSlice's Less wrapper"
rm -rf "$W"
echo "stdlib_lib: 9 checks passed"
