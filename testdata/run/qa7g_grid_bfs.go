package main

import "fmt"

var maze = []string{
	"S.#.......",
	".##.####.#",
	"...#...#..",
	"#.##.#.##.",
	"..#..#....",
	".##.##.##.",
	"....#..#.E",
}

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {1, 0}, {0, -1}, {0, 1}}

func find(ch byte) P {
	for r, row := range maze {
		for c := 0; c < len(row); c++ {
			if row[c] == ch {
				return P{r, c}
			}
		}
	}
	return P{-1, -1}
}

func inside(p P) bool {
	return p.R >= 0 && p.R < len(maze) && p.C >= 0 && p.C < len(maze[0])
}

func bfs(start, end P) (int, []P) {
	prev := map[P]P{}
	seen := map[P]bool{start: true}
	queue := []P{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []P
			for p := end; p != start; p = prev[p] {
				path = append(path, p)
			}
			return len(path), path
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if !inside(n) || maze[n.R][n.C] == '#' || seen[n] {
				continue
			}
			seen[n] = true
			prev[n] = cur
			queue = append(queue, n)
		}
	}
	return -1, nil
}

func components() int {
	seen := make([][]bool, len(maze))
	for i := range seen {
		seen[i] = make([]bool, len(maze[i]))
	}
	var dfs func(p P) int
	dfs = func(p P) int {
		if !inside(p) || seen[p.R][p.C] || maze[p.R][p.C] != '#' {
			return 0
		}
		seen[p.R][p.C] = true
		n := 1
		for _, d := range dirs {
			n += dfs(p.Add(d))
		}
		return n
	}
	count := 0
	for r := range maze {
		for c := range maze[r] {
			if sz := dfs(P{r, c}); sz > 0 {
				count++
				fmt.Printf("wall group %d at %v size %d\n", count, P{r, c}, sz)
			}
		}
	}
	return count
}

func main() {
	s, e := find('S'), find('E')
	fmt.Println("start", s, "end", e)
	n, path := bfs(s, e)
	fmt.Println("steps:", n)
	grid := make([][]byte, len(maze))
	for i := range maze {
		grid[i] = []byte(maze[i])
	}
	for _, p := range path[1:] {
		grid[p.R][p.C] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println("groups:", components())
	// search with labels: first row with two consecutive walls
outer:
	for r, row := range maze {
		for c := 1; c < len(row); c++ {
			if row[c] == '#' && row[c-1] == '#' {
				fmt.Printf("double wall at row %d col %d\n", r, c-1)
				break outer
			}
		}
	}
	_, none := bfs(s, P{0, 2})
	fmt.Println(none == nil, len(none))
	fmt.Printf("%v %+v %#v\n", dirs, dirs[0], path[:2])
}
