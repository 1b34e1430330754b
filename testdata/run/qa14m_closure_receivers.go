// Methods returning closures over their receivers: value receivers capture
// a copy, pointer receivers share; closures stored in a struct field keep
// the struct alive.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Snapshot() func() string {
	return func() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
}

func (c *Counter) Live() func() string {
	return func() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
}

func (c *Counter) Incr(by int) func() int {
	return func() int {
		c.n += by
		return c.n
	}
}

type Button struct {
	label   string
	onClick func() string
	clicks  int
}

func NewButton(label string) *Button {
	b := &Button{label: label}
	b.onClick = func() string {
		b.clicks++
		return strings.ToUpper(b.label) + "!" + fmt.Sprint(b.clicks)
	}
	return b
}

type Formatter struct{ prefix, suffix string }

func (f Formatter) Wrap(s string) string { return f.prefix + s + f.suffix }

func apply(xs []string, fns ...func(string) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		for _, fn := range fns {
			x = fn(x)
		}
		out[i] = x
	}
	return out
}

func main() {
	c := Counter{name: "hits"}
	snap := c.Snapshot()
	live := c.Live()
	inc := c.Incr(5)
	inc()
	inc()
	fmt.Println(snap(), live(), c.n)

	b := NewButton("ok")
	click := b.onClick
	click()
	fmt.Println(click(), b.clicks)

	f1 := Formatter{"<", ">"}
	f2 := Formatter{"[", "]"}
	w1 := f1.Wrap
	f1.prefix = "{" // the method value copied f1 already
	fmt.Println(apply([]string{"a", "b"}, w1, f2.Wrap, strings.ToUpper, f1.Wrap))

	var counters []func() int
	for _, name := range []string{"x", "y"} {
		cc := &Counter{name: name}
		counters = append(counters, cc.Incr(1), cc.Incr(10))
	}
	for _, f := range counters {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
