package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	nodes map[string]bool
	edges map[string][]string // from -> to (from must come before to)
}

func NewGraph() *Graph {
	return &Graph{nodes: map[string]bool{}, edges: map[string][]string{}}
}

func (g *Graph) Depend(pkg string, deps ...string) {
	g.nodes[pkg] = true
	for _, d := range deps {
		g.nodes[d] = true
		g.edges[d] = append(g.edges[d], pkg)
	}
}

type CycleError struct {
	Remaining []string
}

func (c *CycleError) Error() string {
	return "cycle among: " + strings.Join(c.Remaining, ", ")
}

// Order is Kahn's algorithm, picking the alphabetically smallest ready node.
func (g *Graph) Order() ([]string, error) {
	indeg := map[string]int{}
	for n := range g.nodes {
		indeg[n] += 0
		for _, to := range g.edges[n] {
			indeg[to]++
		}
	}
	var ready []string
	for n, d := range indeg {
		if d == 0 {
			ready = append(ready, n)
		}
	}
	var out []string
	for len(ready) > 0 {
		sort.Strings(ready)
		n := ready[0]
		ready = ready[1:]
		out = append(out, n)
		for _, to := range g.edges[n] {
			indeg[to]--
			if indeg[to] == 0 {
				ready = append(ready, to)
			}
		}
	}
	if len(out) != len(g.nodes) {
		var rest []string
		for n, d := range indeg {
			if d > 0 {
				rest = append(rest, n)
			}
		}
		sort.Strings(rest)
		return out, &CycleError{rest}
	}
	return out, nil
}

// Levels groups nodes by longest path from a root.
func (g *Graph) Levels() map[int][]string {
	order, err := g.Order()
	if err != nil {
		return nil
	}
	level := map[string]int{}
	for _, n := range order {
		for _, to := range g.edges[n] {
			if level[n]+1 > level[to] {
				level[to] = level[n] + 1
			}
		}
	}
	out := map[int][]string{}
	for _, n := range order {
		out[level[n]] = append(out[level[n]], n)
	}
	return out
}

func main() {
	g := NewGraph()
	g.Depend("app", "http", "db", "log")
	g.Depend("http", "net", "log")
	g.Depend("db", "net", "sync")
	g.Depend("net", "sync", "errors")
	g.Depend("log", "fmt")
	g.Depend("fmt", "errors")
	order, err := g.Order()
	fmt.Println(order, err)
	lv := g.Levels()
	keys := make([]int, 0, len(lv))
	for k := range lv {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("level %d: %v\n", k, lv[k])
	}

	g.Depend("errors", "app")
	g.Depend("zzz")
	order, err = g.Order()
	fmt.Println(order, err)
	var ce *CycleError
	if errors.As(err, &ce) {
		fmt.Println("cycle size", len(ce.Remaining))
	}
	fmt.Println(g.Levels() == nil, len(g.Levels()))
}
