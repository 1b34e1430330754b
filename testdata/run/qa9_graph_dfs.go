// A directed graph as map[string][]string: DFS with a recursive closure,
// topological order, cycle detection with a color map, and a visited set
// of struct{} values.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	edges map[string][]string
}

func NewGraph() *Graph { return &Graph{edges: map[string][]string{}} }

func (g *Graph) Edge(from, to string) {
	g.edges[from] = append(g.edges[from], to)
	if _, ok := g.edges[to]; !ok {
		g.edges[to] = nil
	}
}

func (g *Graph) nodes() []string {
	ns := make([]string, 0, len(g.edges))
	for n := range g.edges {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) Topo() ([]string, error) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[string]int, len(g.edges))
	var order []string
	var visit func(n string, path []string) error
	visit = func(n string, path []string) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("cycle: %s -> %s", strings.Join(path, " -> "), n)
		case black:
			return nil
		}
		color[n] = grey
		for _, m := range g.edges[n] {
			if err := visit(m, append(path, n)); err != nil {
				return err
			}
		}
		color[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range g.nodes() {
		if err := visit(n, nil); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(order)-1; i < j; i, j = i+1, j-1 {
		order[i], order[j] = order[j], order[i]
	}
	return order, nil
}

func (g *Graph) Reachable(from string) []string {
	seen := map[string]struct{}{from: {}}
	stack := []string{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, m := range g.edges[n] {
			if _, ok := seen[m]; !ok {
				seen[m] = struct{}{}
				stack = append(stack, m)
			}
		}
	}
	out := make([]string, 0, len(seen))
	for n := range seen {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func main() {
	g := NewGraph()
	for _, e := range [][2]string{{"parse", "check"}, {"check", "lower"}, {"lower", "escape"}, {"escape", "codegen"}, {"lower", "inline"}, {"inline", "escape"}, {"lex", "parse"}} {
		g.Edge(e[0], e[1])
	}
	fmt.Println(g.Topo())
	fmt.Println(g.Reachable("lower"))
	g.Edge("codegen", "check")
	_, err := g.Topo()
	fmt.Println(err)
}
