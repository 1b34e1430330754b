// A graph of *Vertex with adjacency slices: BFS with a slice queue,
// shortest path reconstruction through a parent map, DFS with a stack.
package main

import (
	"fmt"
	"strings"
)

type Vertex struct {
	Name  string
	Edges []*Vertex
}

type Graph struct {
	verts map[string]*Vertex
	order []string
}

func NewGraph() *Graph {
	return &Graph{verts: map[string]*Vertex{}}
}

func (g *Graph) vertex(name string) *Vertex {
	if v, ok := g.verts[name]; ok {
		return v
	}
	v := &Vertex{Name: name}
	g.verts[name] = v
	g.order = append(g.order, name)
	return v
}

func (g *Graph) Edge(a, b string) {
	va, vb := g.vertex(a), g.vertex(b)
	va.Edges = append(va.Edges, vb)
	vb.Edges = append(vb.Edges, va)
}

func (g *Graph) ShortestPath(from, to string) []string {
	start, goal := g.verts[from], g.verts[to]
	if start == nil || goal == nil {
		return nil
	}
	parent := map[*Vertex]*Vertex{start: nil}
	queue := []*Vertex{start}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		if v == goal {
			break
		}
		for _, w := range v.Edges {
			if _, seen := parent[w]; !seen {
				parent[w] = v
				queue = append(queue, w)
			}
		}
	}
	if _, ok := parent[goal]; !ok {
		return nil
	}
	var path []string
	for v := goal; v != nil; v = parent[v] {
		path = append([]string{v.Name}, path...)
	}
	return path
}

func (g *Graph) DFS(from string) []string {
	seen := make(map[string]bool, len(g.verts))
	stack := []*Vertex{g.verts[from]}
	var out []string
	for len(stack) > 0 {
		v := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if seen[v.Name] {
			continue
		}
		seen[v.Name] = true
		out = append(out, v.Name)
		for i := len(v.Edges) - 1; i >= 0; i-- {
			if !seen[v.Edges[i].Name] {
				stack = append(stack, v.Edges[i])
			}
		}
	}
	return out
}

func main() {
	g := NewGraph()
	for _, e := range strings.Fields("a-b b-c c-d a-e e-f f-d d-g x-y") {
		parts := strings.Split(e, "-")
		g.Edge(parts[0], parts[1])
	}
	fmt.Println(g.order)
	fmt.Println(g.ShortestPath("a", "g"))
	fmt.Println(g.ShortestPath("b", "f"))
	fmt.Println(g.ShortestPath("a", "y"), g.ShortestPath("a", "nope") == nil)
	fmt.Println(g.DFS("a"))
	fmt.Println(g.DFS("y"))
	deg := map[int]int{}
	for _, n := range g.order {
		deg[len(g.verts[n].Edges)]++
	}
	fmt.Println(deg)
}
