// A generic directed graph over comparable keys with pointer nodes:
// topological sort (Kahn), cycle detection, and reachability via DFS with
// an explicit stack; outputs are sorted where map order would leak.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node[K comparable] struct {
	Key   K
	Out   []*Node[K]
	indeg int
}

type Graph[K comparable] struct {
	nodes map[K]*Node[K]
	order []K // insertion order, for determinism
}

func NewGraph[K comparable]() *Graph[K] {
	return &Graph[K]{nodes: make(map[K]*Node[K])}
}

func (g *Graph[K]) node(k K) *Node[K] {
	n, ok := g.nodes[k]
	if !ok {
		n = &Node[K]{Key: k}
		g.nodes[k] = n
		g.order = append(g.order, k)
	}
	return n
}

func (g *Graph[K]) Edge(from, to K) {
	a, b := g.node(from), g.node(to)
	a.Out = append(a.Out, b)
	b.indeg++
}

func (g *Graph[K]) Topo() ([]K, bool) {
	indeg := make(map[K]int, len(g.nodes))
	var queue []*Node[K]
	for _, k := range g.order {
		n := g.nodes[k]
		indeg[k] = n.indeg
		if n.indeg == 0 {
			queue = append(queue, n)
		}
	}
	var out []K
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		out = append(out, n.Key)
		for _, m := range n.Out {
			indeg[m.Key]--
			if indeg[m.Key] == 0 {
				queue = append(queue, m)
			}
		}
	}
	return out, len(out) == len(g.nodes)
}

func (g *Graph[K]) Reachable(from K) []K {
	start, ok := g.nodes[from]
	if !ok {
		return nil
	}
	seen := map[*Node[K]]bool{start: true}
	stack := []*Node[K]{start}
	var out []K
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		out = append(out, n.Key)
		for i := len(n.Out) - 1; i >= 0; i-- {
			if m := n.Out[i]; !seen[m] {
				seen[m] = true
				stack = append(stack, m)
			}
		}
	}
	return out
}

func keysSorted[K comparable](m map[K]*Node[K], less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

func main() {
	g := NewGraph[string]()
	deps := "app:lib app:log lib:util log:util util:core lib:core test:app"
	for _, d := range strings.Fields(deps) {
		a, b, _ := strings.Cut(d, ":")
		g.Edge(a, b)
	}
	order, ok := g.Topo()
	fmt.Println("topo:", order, ok)
	fmt.Println("from lib:", g.Reachable("lib"))
	fmt.Println("from test:", g.Reachable("test"))
	fmt.Println("from none:", g.Reachable("none") == nil)
	g.Edge("core", "app")
	_, ok = g.Topo()
	fmt.Println("with cycle ok:", ok)
	ng := NewGraph[int]()
	for i := 1; i <= 12; i++ {
		for j := 2 * i; j <= 12; j += i {
			ng.Edge(i, j)
		}
	}
	o, ok := ng.Topo()
	fmt.Println(o, ok)
	fmt.Println(keysSorted(ng.nodes, func(a, b int) bool { return a > b })[:4])
	fmt.Println(len(ng.Reachable(3)), ng.nodes[6].indeg)
}
