package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph[N comparable] struct {
	adj   map[N][]N
	nodes []N
}

func (g *Graph[N]) addNode(n N) {
	if g.adj == nil {
		g.adj = map[N][]N{}
	}
	if _, ok := g.adj[n]; !ok {
		g.adj[n] = nil
		g.nodes = append(g.nodes, n)
	}
}

func (g *Graph[N]) AddEdge(from, to N) {
	g.addNode(from)
	g.addNode(to)
	g.adj[from] = append(g.adj[from], to)
}

func (g *Graph[N]) BFS(start N) []N {
	seen := map[N]bool{start: true}
	order := []N{}
	queue := []N{start}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	return order
}

var ErrCycle = errors.New("graph has a cycle")

func (g *Graph[N]) TopoSort() ([]N, error) {
	const (
		white = iota
		grey
		black
	)
	color := make(map[N]int, len(g.nodes))
	var out []N
	var visit func(N) error
	visit = func(n N) error {
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

func ShortestPath[N comparable](g *Graph[N], from, to N) ([]N, bool) {
	prev := map[N]N{}
	seen := map[N]bool{from: true}
	queue := []N{from}
	for len(queue) > 0 {
		n := queue[0]
		queue = queue[1:]
		if n == to {
			path := []N{to}
			for path[0] != from {
				path = append([]N{prev[path[0]]}, path...)
			}
			return path, true
		}
		for _, m := range g.adj[n] {
			if !seen[m] {
				seen[m] = true
				prev[m] = n
				queue = append(queue, m)
			}
		}
	}
	return nil, false
}

type Cell struct{ R, C int }

func main() {
	var deps Graph[string]
	for _, e := range strings.Fields("app:lib lib:util app:log log:util util:base test:app") {
		a, b, _ := strings.Cut(e, ":")
		deps.AddEdge(a, b)
	}
	fmt.Println(deps.BFS("app"))
	order, err := deps.TopoSort()
	fmt.Println(order, err)
	p, ok := ShortestPath(&deps, "test", "base")
	fmt.Println(strings.Join(p, " -> "), ok)
	deps.AddEdge("base", "app")
	_, err = deps.TopoSort()
	fmt.Println(err, errors.Is(err, ErrCycle))

	maze := []string{
		"S.#....",
		".##.##.",
		"....#..",
		"##.##.#",
		"......E",
	}
	var g Graph[Cell]
	var start, end Cell
	for r, row := range maze {
		for c, ch := range row {
			if ch == '#' {
				continue
			}
			if ch == 'S' {
				start = Cell{r, c}
			} else if ch == 'E' {
				end = Cell{r, c}
			}
			for _, d := range []Cell{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
				nr, nc := r+d.R, c+d.C
				if nr >= 0 && nr < len(maze) && nc >= 0 && nc < len(row) && maze[nr][nc] != '#' {
					g.AddEdge(Cell{r, c}, Cell{nr, nc})
				}
			}
		}
	}
	path, ok := ShortestPath(&g, start, end)
	fmt.Println(len(path)-1, ok, path[:3])
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for _, c := range path[1 : len(path)-1] {
		grid[c.R][c.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	ints := &Graph[int]{}
	ints.AddEdge(3, 1)
	ints.AddEdge(3, 2)
	ints.AddEdge(2, 1)
	o, _ := ints.TopoSort()
	sorted := append([]int(nil), ints.nodes...)
	sort.Ints(sorted)
	fmt.Println(o, sorted)
}
