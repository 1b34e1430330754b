// Variadic parameters: ...any arguments boxed at the call, slices spread
// with ..., ...[]byte joined into one buffer, and a logger keeping its
// arguments (so they escape).
package main

import (
	"bytes"
	"fmt"
	"strings"
)

type entry struct {
	level string
	args  []any
}

type logger struct {
	entries []entry
}

func (l *logger) Log(level string, args ...any) {
	l.entries = append(l.entries, entry{level, args}) // keeps args
}

func (l *logger) Count(args ...any) int { return len(args) } // does not keep them

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func concat(parts ...[]byte) []byte {
	n := 0
	for _, p := range parts {
		n += len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func format(sep string, vals ...fmt.Stringer) string {
	ss := make([]string, len(vals))
	for i, v := range vals {
		ss[i] = v.String()
	}
	return strings.Join(ss, sep)
}

type money int64

func (m money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

func main() {
	l := &logger{}
	l.Log("info", "started", 1, 2.5)
	x := 42
	l.Log("debug", &x, []int{1, 2})
	fmt.Println(l.Count("a", "b", 3), l.Count())
	nums := []int{1, 2, 3, 4}
	fmt.Println(sum(), sum(5), sum(nums...), sum(nums[1:3]...))
	b := concat([]byte("ab"), nil, []byte("cde"), bytes.Repeat([]byte{'!'}, 2))
	fmt.Println(string(b), len(b), cap(b))
	fmt.Println(format(", ", money(1999), money(5), money(100000)))
	vals := []fmt.Stringer{money(1), money(2)}
	fmt.Println(format("+", vals...))
	for _, e := range l.entries {
		fmt.Print(e.level, ":", len(e.args), " ")
	}
	fmt.Println()
	x = 7
	fmt.Println(*(l.entries[1].args[0].(*int)))
	args := []any{"%s=%d\n", "k", 9}
	fmt.Printf(args[0].(string), args[1:]...)
}
