// Method values and method expressions: binding a receiver allocates a
// closure-like value; where it lives depends on where it goes.
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

func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) Value() int     { return c.n }
func (c Counter) Label() string  { return c.name + "=" + fmt.Sprint(c.n) }

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(msg string) {
	l.lines = append(l.lines, l.prefix+msg)
}

var registry []func()

func register(f func()) {
	registry = append(registry, f)
}

func apply(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func callTwice(f func()) {
	f()
	f()
}

type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func main() {
	c := &Counter{name: "hits"}
	inc := c.Inc
	inc()
	inc()
	callTwice(c.Inc)
	apply(3, c.Add)
	fmt.Println(c.Value())

	var d Counter
	d.name = "local"
	f := d.Value
	d.n = 10
	fmt.Println(f(), d.Label())

	g := (*Counter).Add
	g(c, 100)
	h := Counter.Label
	fmt.Println(h(*c))

	lg := &Logger{prefix: "> "}
	register(c.Inc)
	logf := lg.Log
	for _, w := range []string{"a", "b", "c"} {
		logf(w)
	}
	for _, fn := range registry {
		fn()
	}
	fmt.Println(strings.Join(lg.lines, ","), c.n)

	words := byLen{"pear", "fig", "banana", "kiwi"}
	sort.Sort(words)
	fmt.Println(words)

	labels := []func() string{c.Label, d.Label}
	for _, l := range labels {
		fmt.Println(l())
	}
}
