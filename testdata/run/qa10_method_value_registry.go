// Method values bound to pointer and value receivers, stored in a map of
// commands; the bound receiver is copied (value) or shared (pointer).
package main

import (
	"fmt"
	"sort"
)

type Counter struct {
	name string
	n    int
}

func (c *Counter) Inc() string  { c.n++; return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Reset() string { c.n = 0; return c.name + " reset" }
func (c Counter) Show() string  { return fmt.Sprintf("[%s %d]", c.name, c.n) }

type Greeter struct{ greeting string }

func (g Greeter) Greet() string { return g.greeting + "!" }

type Registry struct {
	cmds map[string]func() string
}

func NewRegistry() *Registry {
	return &Registry{cmds: make(map[string]func() string)}
}

func (r *Registry) Register(name string, f func() string) {
	r.cmds[name] = f
}

func (r *Registry) Run(name string) string {
	f, ok := r.cmds[name]
	if !ok {
		return "unknown " + name
	}
	return f()
}

func (r *Registry) Names() []string {
	names := make([]string, 0, len(r.cmds))
	for k := range r.cmds {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}

func apply(fs []func() string) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f()
	}
	return out
}

func main() {
	c := &Counter{name: "hits"}
	g := Greeter{"hello"}
	reg := NewRegistry()
	reg.Register("inc", c.Inc)
	reg.Register("reset", c.Reset)
	reg.Register("show", c.Show) // copies *c now
	reg.Register("greet", g.Greet)
	g.greeting = "changed"

	for _, name := range []string{"inc", "inc", "show", "greet", "reset", "inc", "nope"} {
		fmt.Println(reg.Run(name))
	}
	fmt.Println(reg.Names())
	fmt.Println(c.Show())

	local := Counter{name: "local"}
	fs := []func() string{local.Inc, local.Show, local.Inc}
	fmt.Println(apply(fs), local.n)

	exprInc := (*Counter).Inc
	exprShow := Counter.Show
	fmt.Println(exprInc(&local), exprShow(local))
}
