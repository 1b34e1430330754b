package main

import (
	"fmt"
	"sort"
)

type DSU struct {
	parent []int
	rank   []uint8
	size   []int
	sets   int
}

func NewDSU(n int) *DSU {
	d := &DSU{parent: make([]int, n), rank: make([]uint8, n), size: make([]int, n), sets: n}
	for i := range d.parent {
		d.parent[i] = i
		d.size[i] = 1
	}
	return d
}

func (d *DSU) Find(x int) int {
	root := x
	for d.parent[root] != root {
		root = d.parent[root]
	}
	for d.parent[x] != root {
		d.parent[x], x = root, d.parent[x]
	}
	return root
}

func (d *DSU) Union(a, b int) bool {
	ra, rb := d.Find(a), d.Find(b)
	if ra == rb {
		return false
	}
	if d.rank[ra] < d.rank[rb] {
		ra, rb = rb, ra
	}
	d.parent[rb] = ra
	d.size[ra] += d.size[rb]
	if d.rank[ra] == d.rank[rb] {
		d.rank[ra]++
	}
	d.sets--
	return true
}

type Edge struct {
	U, V int
	W    float64
}

func Kruskal(n int, edges []Edge) (total float64, used []Edge) {
	es := append([]Edge(nil), edges...)
	sort.Slice(es, func(i, j int) bool {
		if es[i].W != es[j].W {
			return es[i].W < es[j].W
		}
		if es[i].U != es[j].U {
			return es[i].U < es[j].U
		}
		return es[i].V < es[j].V
	})
	d := NewDSU(n)
	for _, e := range es {
		if d.Union(e.U, e.V) {
			total += e.W
			used = append(used, e)
		}
	}
	return
}

func islands(grid []string) int {
	h, w := len(grid), len(grid[0])
	d := NewDSU(h * w)
	land := 0
	for r := 0; r < h; r++ {
		for c := 0; c < w; c++ {
			if grid[r][c] != '#' {
				continue
			}
			land++
			if r > 0 && grid[r-1][c] == '#' {
				d.Union(r*w+c, (r-1)*w+c)
			}
			if c > 0 && grid[r][c-1] == '#' {
				d.Union(r*w+c, r*w+c-1)
			}
		}
	}
	return d.sets - (h*w - land)
}

func main() {
	edges := []Edge{
		{0, 1, 4}, {0, 7, 8}, {1, 2, 8}, {1, 7, 11}, {2, 3, 7}, {2, 8, 2}, {2, 5, 4},
		{3, 4, 9}, {3, 5, 14}, {4, 5, 10}, {5, 6, 2}, {6, 7, 1}, {6, 8, 6}, {7, 8, 7},
	}
	total, used := Kruskal(9, edges)
	fmt.Println("mst weight", total)
	for _, e := range used {
		fmt.Printf("  %d-%d %.0f\n", e.U, e.V, e.W)
	}
	fmt.Println(islands([]string{
		"##..#",
		"#...#",
		"..#..",
		"....#",
		"##.##",
	}))
	d := NewDSU(10)
	pairs := [][2]int{{1, 2}, {3, 4}, {2, 3}, {5, 6}, {1, 4}, {7, 7}}
	for _, p := range pairs {
		fmt.Print(d.Union(p[0], p[1]), " ")
	}
	fmt.Println()
	groups := map[int][]int{}
	for i := 0; i < 10; i++ {
		r := d.Find(i)
		groups[r] = append(groups[r], i)
	}
	var gs [][]int
	for _, g := range groups {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i][0] < gs[j][0] })
	fmt.Println(gs, d.sets, d.size[d.Find(4)])
}
