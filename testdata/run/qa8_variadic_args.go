// Variadic functions: the implicit slice of a ... call, passing an existing
// slice with s..., and ...interface{} arguments boxed for fmt and a logger.
package main

import (
	"fmt"
	"strings"
)

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

var saved [][]int

func keepArgs(xs ...int) {
	saved = append(saved, xs)
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l *Logger) Log(args ...interface{}) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintln(args...))
}

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), maxOf(3, nums...), maxOf(9))

	keepArgs(1, 2)
	keepArgs(nums...)
	nums[0] = 40
	fmt.Println(saved)

	l := &Logger{prefix: "> "}
	l.Logf("%d items at %.1f%%", 3, 12.5)
	l.Log("plain", 1, true, nil)
	l.Logf("no args")
	for _, s := range l.lines {
		fmt.Print(s)
		if !strings.HasSuffix(s, "\n") {
			fmt.Println()
		}
	}
	fmt.Println(joinAll("-", "a", "b", "c"), joinAll("+"))
	words := strings.Fields("x y z")
	fmt.Println(joinAll("|", words...))
	args := []interface{}{"n=", 5}
	fmt.Println(args...)
	fmt.Printf("%v %v\n", args...)
}
