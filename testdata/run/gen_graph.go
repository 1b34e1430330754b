// A directed Graph[K comparable] with adjacency lists kept in insertion
// order, BFS with a generic queue, DFS-based topological sort with cycle
// detection, shortest paths with weights of a Number type parameter, and
// a reachability set; nodes are strings, ints and a struct type.
package main

import (
	"errors"
	"fmt"
)

type Graph[K comparable] struct {
	nodes []K
	index map[K]int
	adj   map[K][]K
}

func NewGraph[K comparable]() *Graph[K] {
	return &Graph[K]{index: map[K]int{}, adj: map[K][]K{}}
}

func (g *Graph[K]) addNode(k K) {
	if _, ok := g.index[k]; !ok {
		g.index[k] = len(g.nodes)
		g.nodes = append(g.nodes, k)
	}
}

func (g *Graph[K]) Edge(from K, to ...K) *Graph[K] {
	g.addNode(from)
	for _, t := range to {
		g.addNode(t)
		g.adj[from] = append(g.adj[from], t)
	}
	return g
}

type queue[T any] struct{ items []T }

func (q *queue[T]) push(v T)    { q.items = append(q.items, v) }
func (q *queue[T]) empty() bool { return len(q.items) == 0 }
func (q *queue[T]) pop() (v T)  { v, q.items = q.items[0], q.items[1:]; return }

func (g *Graph[K]) BFS(start K) (order []K, dist map[K]int) {
	dist = map[K]int{start: 0}
	var q queue[K]
	q.push(start)
	for !q.empty() {
		n := q.pop()
		order = append(order, n)
		for _, m := range g.adj[n] {
			if _, seen := dist[m]; !seen {
				dist[m] = dist[n] + 1
				q.push(m)
			}
		}
	}
	return
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph[K]) TopoSort() ([]K, error) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[K]int, len(g.nodes))
	var out []K
	var visit func(K) error
	visit = func(n K) error {
		switch color[n] {
		case grey:
			return fmt.Errorf("at %v: %w", n, ErrCycle)
		case black:
			return nil
		}
		color[n] = grey
		for _, m := range g.adj[n] {
			if err := visit(m); err != nil {
				return err
			}
		}
		color[n] = black
		out = append(out, n)
		return nil
	}
	for _, n := range g.nodes {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	return out, nil
}

type Weight interface{ ~int | ~float64 }

type WEdge[K comparable, W Weight] struct {
	From, To K
	W        W
}

// BellmanFord: simple and deterministic, fine for small graphs.
func BellmanFord[K comparable, W Weight](nodes []K, edges []WEdge[K, W], src K) map[K]W {
	dist := map[K]W{src: 0}
	for i := 0; i < len(nodes)-1; i++ {
		for _, e := range edges {
			d, ok := dist[e.From]
			if !ok {
				continue
			}
			if old, ok := dist[e.To]; !ok || d+e.W < old {
				dist[e.To] = d + e.W
			}
		}
	}
	return dist
}

type cell struct{ r, c int }

func main() {
	g := NewGraph[string]()
	g.Edge("shirt", "tie", "belt").Edge("tie", "jacket").Edge("pants", "shoes", "belt")
	g.Edge("belt", "jacket").Edge("socks", "shoes").Edge("watch")
	order, dist := g.BFS("shirt")
	fmt.Println(order)
	for _, n := range order {
		fmt.Print(n, "=", dist[n], " ")
	}
	fmt.Println()
	topo, err := g.TopoSort()
	fmt.Println(topo, err)

	g.Edge("jacket", "shirt")
	_, err = g.TopoSort()
	fmt.Println(err, errors.Is(err, ErrCycle))

	ng := NewGraph[int]()
	for i := 1; i <= 10; i++ {
		if 2*i <= 10 {
			ng.Edge(i, 2*i)
		}
		if i%3 == 0 {
			ng.Edge(i, i/3)
		}
	}
	o, d := ng.BFS(3)
	fmt.Println(o, d[8], len(d))

	grid := NewGraph[cell]()
	for r := 0; r < 3; r++ {
		for c := 0; c < 3; c++ {
			if c < 2 {
				grid.Edge(cell{r, c}, cell{r, c + 1})
			}
			if r < 2 && c != 1 {
				grid.Edge(cell{r, c}, cell{r + 1, c})
			}
		}
	}
	co, cd := grid.BFS(cell{0, 0})
	fmt.Println(len(co), co[len(co)-1], cd[cell{2, 2}])
	fmt.Printf("%T\n", grid)

	edges := []WEdge[string, float64]{
		{"a", "b", 4}, {"a", "c", 1.5}, {"c", "b", 2}, {"b", "d", 1}, {"c", "d", 5},
	}
	sp := BellmanFord([]string{"a", "b", "c", "d"}, edges, "a")
	for _, n := range []string{"a", "b", "c", "d", "z"} {
		v, ok := sp[n]
		fmt.Print(n, ":", v, ":", ok, " ")
	}
	fmt.Println()
	ie := []WEdge[int, int]{{0, 1, 5}, {1, 2, -3}, {0, 2, 4}}
	fmt.Println(BellmanFord([]int{0, 1, 2}, ie, 0))
}
