package main

import (
	"fmt"
	"strings"
)

// Two representations of the same graph: index-based (one slice of
// structs, edges as ints) and pointer-based (nodes on the heap).
type INode struct {
	Name  string
	Edges []int32
}

type IGraph struct {
	nodes []INode
	index map[string]int32
}

func (g *IGraph) node(name string) int32 {
	if i, ok := g.index[name]; ok {
		return i
	}
	i := int32(len(g.nodes))
	g.nodes = append(g.nodes, INode{Name: name})
	g.index[name] = i
	return i
}

func (g *IGraph) Edge(a, b string) {
	ia, ib := g.node(a), g.node(b)
	g.nodes[ia].Edges = append(g.nodes[ia].Edges, ib)
}

func (g *IGraph) BFS(start string) []string {
	s, ok := g.index[start]
	if !ok {
		return nil
	}
	dist := make([]int, len(g.nodes))
	for i := range dist {
		dist[i] = -1
	}
	queue := make([]int32, 0, len(g.nodes))
	queue = append(queue, s)
	dist[s] = 0
	var order []string
	for head := 0; head < len(queue); head++ {
		n := queue[head]
		order = append(order, fmt.Sprintf("%s@%d", g.nodes[n].Name, dist[n]))
		for _, e := range g.nodes[n].Edges {
			if dist[e] < 0 {
				dist[e] = dist[n] + 1
				queue = append(queue, e)
			}
		}
	}
	return order
}

type PNode struct {
	Name  string
	Edges []*PNode
	mark  bool
}

type PGraph map[string]*PNode

func (g PGraph) get(name string) *PNode {
	n := g[name]
	if n == nil {
		n = &PNode{Name: name}
		g[name] = n
	}
	return n
}

func (g PGraph) Edge(a, b string) {
	na := g.get(a)
	na.Edges = append(na.Edges, g.get(b))
}

func (g PGraph) HasCycle() bool {
	state := map[*PNode]int{}
	var visit func(n *PNode) bool
	visit = func(n *PNode) bool {
		switch state[n] {
		case 1:
			return true
		case 2:
			return false
		}
		state[n] = 1
		for _, e := range n.Edges {
			if visit(e) {
				return true
			}
		}
		state[n] = 2
		return false
	}
	for _, name := range []string{"a", "b", "c", "d", "e", "f"} {
		if n := g[name]; n != nil && visit(n) {
			return true
		}
	}
	return false
}

func (g PGraph) DFS(start string) string {
	var sb strings.Builder
	var rec func(n *PNode)
	rec = func(n *PNode) {
		if n.mark {
			return
		}
		n.mark = true
		sb.WriteString(n.Name)
		for _, e := range n.Edges {
			rec(e)
		}
	}
	rec(g[start])
	for _, n := range g {
		n.mark = false
	}
	return sb.String()
}

func main() {
	edges := [][2]string{{"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}, {"d", "e"}, {"e", "f"}, {"f", "d"}}
	ig := &IGraph{index: map[string]int32{}}
	pg := PGraph{}
	for _, e := range edges {
		ig.Edge(e[0], e[1])
		pg.Edge(e[0], e[1])
	}
	fmt.Println(ig.BFS("a"))
	fmt.Println(ig.BFS("e"), ig.BFS("zz") == nil)
	fmt.Println(pg.DFS("a"), pg.DFS("c"), pg.HasCycle())
	dag := PGraph{}
	dag.Edge("a", "b")
	dag.Edge("b", "c")
	dag.Edge("a", "c")
	fmt.Println(dag.HasCycle(), dag.DFS("a"))
	// the index graph's nodes are values: appending may move them
	before := &ig.nodes[0]
	for i := 0; i < 10; i++ {
		ig.node(fmt.Sprintf("x%d", i))
	}
	fmt.Println(len(ig.nodes), before.Name, ig.nodes[0].Name, len(ig.nodes[0].Edges))
	fmt.Println(pg["d"].Edges[0].Edges[0].Edges[0].Name)
}
