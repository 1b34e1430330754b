// A plugin registry: structs embedding interfaces (decorators), interface
// embedding with overlapping methods, promoted methods through two
// levels, method expressions on embedded methods, and type switches
// with several types per case.
package main

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

type Namer interface{ Name() string }
type Runner interface {
	Namer
	Run(args []string) (string, error)
}
type Closer interface {
	Namer
	io.Closer
}
type Plugin interface {
	Runner
	Closer // Name() appears twice: allowed since Go 1.14
}

type basePlugin struct {
	name   string
	closed bool
}

func (b *basePlugin) Name() string { return b.name }
func (b *basePlugin) Close() error {
	if b.closed {
		return fmt.Errorf("%s: already closed", b.name)
	}
	b.closed = true
	return nil
}

type Echo struct{ basePlugin }

func (e *Echo) Run(args []string) (string, error) { return strings.Join(args, " "), nil }

type Count struct {
	basePlugin
	calls int
}

func (c *Count) Run(args []string) (string, error) {
	c.calls++
	return fmt.Sprintf("%d args (call %d)", len(args), c.calls), nil
}

// Logged decorates any Plugin; Run is overridden, Name/Close promoted.
type Logged struct {
	Plugin
	log *strings.Builder
}

func (l Logged) Run(args []string) (string, error) {
	fmt.Fprintf(l.log, "run %s %v\n", l.Name(), args)
	out, err := l.Plugin.Run(args)
	if err != nil {
		fmt.Fprintf(l.log, "  error: %v\n", err)
	}
	return out, err
}

type Failing struct {
	*Echo
	after int
}

func (f *Failing) Run(args []string) (string, error) {
	if f.after--; f.after < 0 {
		return "", fmt.Errorf("%s: exhausted", f.Name())
	}
	return f.Echo.Run(args)
}

type Registry struct {
	plugins map[string]Plugin
}

func (r *Registry) Register(ps ...Plugin) {
	if r.plugins == nil {
		r.plugins = make(map[string]Plugin)
	}
	for _, p := range ps {
		r.plugins[p.Name()] = p
	}
}

func (r *Registry) Names() []string {
	out := make([]string, 0, len(r.plugins))
	for n := range r.plugins {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func kind(v interface{}) string {
	switch p := v.(type) {
	case *Echo, *Count:
		return fmt.Sprintf("simple %T", p)
	case Logged:
		return "logged(" + kind(p.Plugin) + ")"
	case *Failing:
		return fmt.Sprintf("failing after %d", p.after)
	case nil:
		return "nil"
	case Namer:
		return "namer " + p.Name()
	default:
		return "unknown"
	}
}

func main() {
	var log strings.Builder
	r := &Registry{}
	r.Register(
		&Echo{basePlugin{name: "echo"}},
		Logged{&Count{basePlugin: basePlugin{name: "count"}}, &log},
		Logged{Plugin: &Failing{&Echo{basePlugin{name: "flaky"}}, 1}, log: &log},
	)
	for round := 0; round < 2; round++ {
		for _, n := range r.Names() {
			out, err := r.plugins[n].Run([]string{n, fmt.Sprint(round)})
			fmt.Printf("%d %-6s %-22q %v\n", round, n, out, err)
		}
	}
	fmt.Print(log.String())
	for _, n := range r.Names() {
		fmt.Println(n, kind(r.plugins[n]))
	}
	fmt.Println(kind(nil), kind(&basePlugin{name: "b"}), kind(42))
	name := (*basePlugin).Name
	closeFn := Plugin.Close
	e := &Echo{basePlugin{name: "e2"}}
	fmt.Println(name(&e.basePlugin), closeFn(e), closeFn(e))
	var c Closer = r.plugins["count"]
	fmt.Println(c.Close(), c.Name(), r.plugins["count"].Close())
	runName := Runner.Name
	fmt.Println(runName(e))
}
