package main

import (
	"fmt"
	"strings"
)

func sum(label string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprintf("%s:%d/%d", label, len(xs), t)
}

func zeroFirst(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 0
	}
}

func keep(xs ...*int) []*int { return xs }

func appendAll(dst []string, groups ...[]string) []string {
	for _, g := range groups {
		dst = append(dst, g...)
	}
	return dst
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) With(prefix string) func(string, ...any) {
	return func(f string, a ...any) {
		l.Logf(prefix+f, a...)
	}
}

func max(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func main() {
	fmt.Println(sum("none"), sum("three", 1, 2, 3))
	nums := []int{5, 6, 7}
	fmt.Println(sum("spread", nums...))
	zeroFirst(nums...)
	fmt.Println("spread aliases:", nums)
	zeroFirst(8, 9)
	a, b := 1, 2
	ps := keep(&a, &b)
	*ps[1] = 20
	fmt.Println(a, b, len(ps))
	all := appendAll(nil, []string{"a"}, nil, []string{"b", "c"})
	fmt.Println(all, len(all))
	base := make([]string, 1, 10)
	x := appendAll(base, []string{"x"})
	y := appendAll(base, []string{"y"})
	fmt.Println(x, y, "shared backing:", &x[1] == &y[1])
	l := &Logger{prefix: "> "}
	l.Logf("start %d", 1)
	warn := l.With("WARN ")
	warn("disk %d%% full", 91)
	warn("no args")
	args := []any{"x", 2}
	l.Logf("%v-%v", args...)
	l.Logf("%v", args)
	fmt.Println(strings.Join(l.lines, "\n"))
	fmt.Println(max(3), max(3, 9, 2), max(-1, nums...))
	var empty []int
	fmt.Println(sum("nil", empty...), sum("nil2", nil...))
}
