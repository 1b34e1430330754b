package main

import (
	"container/heap"
	"errors"
	"fmt"
	"math"
	"sort"
	"strings"
)

type NodeID int

type Edge struct {
	To     NodeID
	Weight float64
}

type Graph struct {
	names map[NodeID]string
	ids   map[string]NodeID
	adj   map[NodeID][]Edge
	next  NodeID
}

func NewGraph() *Graph {
	return &Graph{names: map[NodeID]string{}, ids: map[string]NodeID{}, adj: map[NodeID][]Edge{}}
}

func (g *Graph) node(name string) NodeID {
	if id, ok := g.ids[name]; ok {
		return id
	}
	id := g.next
	g.next++
	g.ids[name] = id
	g.names[id] = name
	return id
}

func (g *Graph) AddEdge(from, to string, w float64) {
	a, b := g.node(from), g.node(to)
	g.adj[a] = append(g.adj[a], Edge{b, w})
}

type distItem struct {
	id   NodeID
	dist float64
}

type distPQ []distItem

func (p distPQ) Len() int            { return len(p) }
func (p distPQ) Less(i, j int) bool  { return p[i].dist < p[j].dist || p[i].dist == p[j].dist && p[i].id < p[j].id }
func (p distPQ) Swap(i, j int)       { p[i], p[j] = p[j], p[i] }
func (p *distPQ) Push(x interface{}) { *p = append(*p, x.(distItem)) }
func (p *distPQ) Pop() interface{} {
	o := *p
	it := o[len(o)-1]
	*p = o[:len(o)-1]
	return it
}

var ErrNoPath = errors.New("no path")
var ErrUnknown = errors.New("unknown node")

func (g *Graph) ShortestPath(from, to string) ([]string, float64, error) {
	src, ok := g.ids[from]
	if !ok {
		return nil, 0, fmt.Errorf("%q: %w", from, ErrUnknown)
	}
	dst, ok := g.ids[to]
	if !ok {
		return nil, 0, fmt.Errorf("%q: %w", to, ErrUnknown)
	}
	dist := make(map[NodeID]float64, len(g.names))
	prev := make(map[NodeID]NodeID)
	for id := range g.names {
		dist[id] = math.Inf(1)
	}
	dist[src] = 0
	pq := &distPQ{{src, 0}}
	for pq.Len() > 0 {
		cur := heap.Pop(pq).(distItem)
		if cur.dist > dist[cur.id] {
			continue
		}
		if cur.id == dst {
			break
		}
		for _, e := range g.adj[cur.id] {
			nd := cur.dist + e.Weight
			if nd < dist[e.To] {
				dist[e.To] = nd
				prev[e.To] = cur.id
				heap.Push(pq, distItem{e.To, nd})
			}
		}
	}
	if math.IsInf(dist[dst], 1) {
		return nil, 0, fmt.Errorf("%s -> %s: %w", from, to, ErrNoPath)
	}
	var path []string
	for at := dst; ; at = prev[at] {
		path = append(path, g.names[at])
		if at == src {
			break
		}
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path, dist[dst], nil
}

func (g *Graph) TopoSort() ([]string, error) {
	indeg := make(map[NodeID]int)
	for id := range g.names {
		indeg[id] += 0
		for _, e := range g.adj[id] {
			indeg[e.To]++
		}
	}
	var ready []NodeID
	for id, d := range indeg {
		if d == 0 {
			ready = append(ready, id)
		}
	}
	var out []string
	for len(ready) > 0 {
		sort.Slice(ready, func(i, j int) bool { return g.names[ready[i]] < g.names[ready[j]] })
		id := ready[0]
		ready = ready[1:]
		out = append(out, g.names[id])
		for _, e := range g.adj[id] {
			indeg[e.To]--
			if indeg[e.To] == 0 {
				ready = append(ready, e.To)
			}
		}
	}
	if len(out) != len(g.names) {
		return out, errors.New("cycle detected")
	}
	return out, nil
}

func (g *Graph) Components() [][]string {
	undirected := map[NodeID][]NodeID{}
	for a, es := range g.adj {
		for _, e := range es {
			undirected[a] = append(undirected[a], e.To)
			undirected[e.To] = append(undirected[e.To], a)
		}
	}
	seen := map[NodeID]bool{}
	var comps [][]string
	ids := make([]NodeID, 0, len(g.names))
	for id := range g.names {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
	for _, start := range ids {
		if seen[start] {
			continue
		}
		var comp []string
		stack := []NodeID{start}
		seen[start] = true
		for len(stack) > 0 {
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			comp = append(comp, g.names[n])
			for _, m := range undirected[n] {
				if !seen[m] {
					seen[m] = true
					stack = append(stack, m)
				}
			}
		}
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := NewGraph()
	edges := `a b 4
a c 2
c b 1
b d 5
c d 8
c e 10
d e 2
d f 6
e f 2
x y 1`
	for _, line := range strings.Split(edges, "\n") {
		var from, to string
		var w float64
		if _, err := fmt.Sscanf(line, "%s %s %g", &from, &to, &w); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		g.AddEdge(from, to, w)
	}
	for _, q := range [][2]string{{"a", "f"}, {"a", "e"}, {"c", "a"}, {"a", "zz"}, {"x", "y"}} {
		path, d, err := g.ShortestPath(q[0], q[1])
		switch {
		case errors.Is(err, ErrNoPath):
			fmt.Println("no path:", err)
		case errors.Is(err, ErrUnknown):
			fmt.Println("unknown:", err)
		default:
			fmt.Printf("%s->%s: %v (%.1f)\n", q[0], q[1], strings.Join(path, ">"), d)
		}
	}
	order, err := g.TopoSort()
	fmt.Println(order, err)
	g.AddEdge("f", "a", 1)
	order, err = g.TopoSort()
	fmt.Println(len(order), err)
	fmt.Println(g.Components())
}
