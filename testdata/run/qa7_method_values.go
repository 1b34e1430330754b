// Method values and method expressions used as callbacks: a counter with
// pointer methods, a formatter with value methods, bound methods stored in
// a map, and sort.Slice with a closure over a slice of pointers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc()           { c.n++ }
func (c *Counter) Add(k int)      { c.n += k }
func (c Counter) String() string  { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c Counter) Scaled(f int) int { return c.n * f }

type Formatter struct {
	prefix string
	upper  bool
}

func (f Formatter) Format(s string) string {
	if f.upper {
		s = strings.ToUpper(s)
	}
	return f.prefix + s
}

func apply(fs []func(string) string, s string) string {
	for _, f := range fs {
		s = f(s)
	}
	return s
}

func repeat(n int, f func()) {
	for i := 0; i < n; i++ {
		f()
	}
}

func main() {
	a := &Counter{name: "a"}
	b := Counter{name: "b"}
	repeat(3, a.Inc)
	repeat(2, b.Inc)
	inc := b.Inc
	inc()
	fmt.Println(a, b)

	snapshot := b.String
	b.Add(10)
	fmt.Println(snapshot(), b.String())

	addTo := (*Counter).Add
	addTo(a, 5)
	scaled := Counter.Scaled
	fmt.Println(a.n, scaled(*a, 3))

	fs := []func(string) string{
		Formatter{prefix: "> "}.Format,
		strings.TrimSpace,
		Formatter{prefix: "[", upper: true}.Format,
	}
	fmt.Println(apply(fs, "  hello "))

	ops := map[string]func(int){
		"a": a.Add,
		"b": b.Add,
	}
	for _, k := range []string{"a", "b", "a"} {
		ops[k](100)
	}
	fmt.Println(a.n, b.n)

	counters := []*Counter{{"x", 3}, {"y", 1}, {"z", 2}, a, &b}
	sort.Slice(counters, func(i, j int) bool { return counters[i].n < counters[j].n })
	names := make([]string, len(counters))
	for i, c := range counters {
		names[i] = c.String()
	}
	fmt.Println(strings.Join(names, " "))
	var s fmt.Stringer = b
	b.n = 0
	fmt.Println(s, b)
}
