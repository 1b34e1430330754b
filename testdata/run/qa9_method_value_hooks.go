// Method values as callbacks: a bound method stored in a struct field,
// in a map of handlers, passed to a helper, and a method expression.
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

func (c *Counter) Inc()                  { c.n++ }
func (c *Counter) Add(k int)             { c.n += k }
func (c Counter) Report() string         { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Named(p string) string { return p + c.name }

type Button struct {
	Label   string
	OnClick func()
}

func (b Button) Click(times int) {
	for i := 0; i < times; i++ {
		b.OnClick()
	}
}

func apply(f func(int), xs ...int) {
	for _, x := range xs {
		f(x)
	}
}

func main() {
	clicks := &Counter{name: "clicks"}
	total := &Counter{name: "total"}
	b := Button{Label: "OK", OnClick: clicks.Inc}
	b.Click(3)

	handlers := map[string]func(int){
		"add":   total.Add,
		"twice": func(k int) { total.Add(2 * k) },
	}
	names := make([]string, 0, len(handlers))
	for k := range handlers {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		handlers[k](5)
	}
	apply(total.Add, 1, 2, 3)

	report := clicks.Report // bound to a copy of *clicks now
	clicks.Inc()
	fmt.Println(report(), clicks.Report(), total.Report())

	inc := (*Counter).Inc
	inc(total)
	rep := Counter.Report
	fmt.Println(rep(*total))

	var parts []string
	for _, c := range []*Counter{clicks, total} {
		f := c.Named
		parts = append(parts, f("#"))
	}
	fmt.Println(strings.Join(parts, ","))
}
