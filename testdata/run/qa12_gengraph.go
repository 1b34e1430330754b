// Graph search with generic queues and stacks: BFS, DFS and Dijkstra
// over a generic graph whose node type is any comparable type.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Queue[T any] struct {
	items []T
	head  int
}

func (q *Queue[T]) Push(v T) { q.items = append(q.items, v) }
func (q *Queue[T]) Pop() (T, bool) {
	var zero T
	if q.head >= len(q.items) {
		return zero, false
	}
	v := q.items[q.head]
	q.items[q.head] = zero
	q.head++
	if q.head > 16 && q.head*2 > len(q.items) {
		q.items = append([]T(nil), q.items[q.head:]...)
		q.head = 0
	}
	return v, true
}
func (q *Queue[T]) Len() int { return len(q.items) - q.head }

type Stack[T any] []T

func (s *Stack[T]) Push(v T) { *s = append(*s, v) }
func (s *Stack[T]) Pop() (v T, ok bool) {
	if len(*s) == 0 {
		return v, false
	}
	v = (*s)[len(*s)-1]
	*s = (*s)[:len(*s)-1]
	return v, true
}

type Number interface {
	~int | ~int32 | ~int64 | ~float64
}

type Edge[N comparable, W Number] struct {
	To     N
	Weight W
}

type Graph[N comparable, W Number] struct {
	adj   map[N][]Edge[N, W]
	order []N
}

func NewGraph[N comparable, W Number]() *Graph[N, W] {
	return &Graph[N, W]{adj: make(map[N][]Edge[N, W])}
}

func (g *Graph[N, W]) node(n N) {
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.order = append(g.order, n)
	}
}

func (g *Graph[N, W]) AddEdge(a, b N, w W) {
	g.node(a)
	g.node(b)
	g.adj[a] = append(g.adj[a], Edge[N, W]{b, w})
	g.adj[b] = append(g.adj[b], Edge[N, W]{a, w})
}

func BFS[N comparable, W Number](g *Graph[N, W], start N) []N {
	seen := map[N]bool{start: true}
	var q Queue[N]
	q.Push(start)
	var out []N
	for q.Len() > 0 {
		n, _ := q.Pop()
		out = append(out, n)
		for _, e := range g.adj[n] {
			if !seen[e.To] {
				seen[e.To] = true
				q.Push(e.To)
			}
		}
	}
	return out
}

func DFS[N comparable, W Number](g *Graph[N, W], start N, visit func(N) bool) {
	seen := make(map[N]bool)
	var st Stack[N]
	st.Push(start)
	for {
		n, ok := st.Pop()
		if !ok {
			return
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		if !visit(n) {
			return
		}
		edges := g.adj[n]
		for i := len(edges) - 1; i >= 0; i-- {
			st.Push(edges[i].To)
		}
	}
}

func Dijkstra[N comparable, W Number](g *Graph[N, W], src N) map[N]W {
	dist := map[N]W{src: 0}
	done := map[N]bool{}
	for len(done) < len(g.order) {
		var best N
		found := false
		for _, n := range g.order {
			d, ok := dist[n]
			if !ok || done[n] {
				continue
			}
			if !found || d < dist[best] {
				best, found = n, true
			}
		}
		if !found {
			break
		}
		done[best] = true
		for _, e := range g.adj[best] {
			nd := dist[best] + e.Weight
			if d, ok := dist[e.To]; !ok || nd < d {
				dist[e.To] = nd
			}
		}
	}
	return dist
}

func Keys[K comparable, V any](m map[K]V, less func(a, b K) bool) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return less(ks[i], ks[j]) })
	return ks
}

type City string

type Point struct{ X, Y int }

func main() {
	g := NewGraph[City, float64]()
	g.AddEdge("paris", "lyon", 4.6)
	g.AddEdge("paris", "lille", 2.2)
	g.AddEdge("lyon", "marseille", 3.1)
	g.AddEdge("lille", "brussels", 1.2)
	g.AddEdge("brussels", "lyon", 7.9)
	g.AddEdge("nice", "marseille", 2.5)
	fmt.Println(BFS(g, "paris"))
	var path []string
	DFS(g, "paris", func(c City) bool {
		path = append(path, string(c))
		return c != "marseille"
	})
	fmt.Println(strings.Join(path, " -> "))
	d := Dijkstra(g, "lille")
	for _, k := range Keys(d, func(a, b City) bool { return a < b }) {
		fmt.Printf("%s=%.1f ", k, d[k])
	}
	fmt.Println()

	grid := NewGraph[Point, int]()
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if x < 2 {
				grid.AddEdge(Point{x, y}, Point{x + 1, y}, 1+x)
			}
			if y < 2 {
				grid.AddEdge(Point{x, y}, Point{x, y + 1}, 2)
			}
		}
	}
	gd := Dijkstra(grid, Point{0, 0})
	fmt.Println(gd[Point{2, 2}], gd[Point{1, 2}], len(BFS(grid, Point{1, 1})))
	var q Queue[int]
	for i := 0; i < 40; i++ {
		q.Push(i)
		if i%3 == 0 {
			q.Pop()
		}
	}
	fmt.Println(q.Len(), q.head, len(q.items))
}
