// A plugin registry: maps of pointers filled from loop variables,
// *p = append(*p, x) helpers, closures over arrays bigger than the
// by-value capture limit, sort.Interface on a pointer receiver and
// Sprintf of struct pointers.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin struct {
	Name     string
	Priority int
	Hooks    []string
}

type Registry struct {
	byName map[string]*Plugin
	order  []*Plugin
}

func (r *Registry) Len() int           { return len(r.order) }
func (r *Registry) Less(i, j int) bool { return r.order[i].Priority > r.order[j].Priority }
func (r *Registry) Swap(i, j int)      { r.order[i], r.order[j] = r.order[j], r.order[i] }

func pushHook(hooks *[]string, h string) {
	*hooks = append(*hooks, h)
}

func load(specs []Plugin) *Registry {
	r := &Registry{byName: make(map[string]*Plugin)}
	for _, s := range specs {
		p := s
		pushHook(&p.Hooks, "init")
		r.byName[p.Name] = &p
		r.order = append(r.order, &p)
	}
	sort.Sort(r)
	return r
}

type window [32]int

func movingSums(w window) []func() int {
	var fs []func() int
	for k := 1; k <= 3; k++ {
		k := k
		fs = append(fs, func() int {
			s := 0
			for i := 0; i < k; i++ {
				s += w[i]
			}
			return s
		})
	}
	return fs
}

func describe(p *Plugin) string {
	return fmt.Sprintf("%s(%d)%v", p.Name, p.Priority, p.Hooks)
}

func names(r *Registry) string {
	var sb strings.Builder
	for i, p := range r.order {
		if i > 0 {
			sb.WriteString(" > ")
		}
		sb.WriteString(p.Name)
	}
	return sb.String()
}

func tally(words []string) map[string]*int {
	counts := map[string]*int{}
	for _, w := range words {
		if c, ok := counts[w]; ok {
			*c++
			continue
		}
		n := 1
		counts[w] = &n
	}
	return counts
}

func main() {
	r := load([]Plugin{{"auth", 5, nil}, {"log", 1, nil}, {"cache", 3, []string{"warm"}}})
	fmt.Println(names(r))
	fmt.Println(describe(r.byName["cache"]))
	fmt.Printf("%v %+v\n", *r.byName["log"], r.order[0])

	var w window
	for i := range w {
		w[i] = i + 1
	}
	for _, f := range movingSums(w) {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	t := tally(strings.Fields("a b a c b a"))
	keys := make([]string, 0, len(t))
	for k := range t {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, ":", *t[k], " ")
	}
	fmt.Println()

	hooks := []string{}
	pushHook(&hooks, "a")
	pushHook(&hooks, "b")
	fmt.Println(len(hooks), hooks)
}
