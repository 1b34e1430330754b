// Arrays are values: passing one copies it, a pointer to it does not, and
// slicing a local array makes the array escape only when the slice does.
package main

import (
	"fmt"
	"sort"
)

type Grid [4][4]int

func fill(g *Grid) {
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*4 + j
		}
	}
}

func transpose(g Grid) Grid {
	var t Grid
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			t[j][i] = g[i][j]
		}
	}
	return t
}

func trace(g Grid) (sum int) {
	for i := range g {
		sum += g[i][i]
	}
	return
}

func sortedCopy(in [6]int) [6]int {
	s := in[:]
	sort.Ints(s)
	return in
}

var kept []int

func keepTail(a [5]int) {
	kept = a[2:]
}

func sumSlice(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func localSum() int {
	var buf [32]int
	for i := range buf {
		buf[i] = i
	}
	return sumSlice(buf[:])
}

func main() {
	var g Grid
	fill(&g)
	t := transpose(g)
	fmt.Println(g[1], t[1], trace(g) == trace(t))
	g2 := g
	g2[0][0] = 100
	fmt.Println(g[0][0], g2[0][0])

	orig := [6]int{5, 2, 9, 1, 7, 3}
	sorted := sortedCopy(orig)
	fmt.Println(orig, sorted)

	keepTail([5]int{1, 2, 3, 4, 5})
	fmt.Println(kept, len(kept), cap(kept))

	fmt.Println(localSum())

	rows := [3][]string{{"a"}, {"b", "c"}, nil}
	for i, r := range rows {
		fmt.Println(i, len(r), r)
	}
	p := &rows
	p[2] = append(p[2], "z")
	fmt.Println(rows[2])

	counts := [256]int{}
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'])
	eq := [3]int{1, 2, 3} == [...]int{1, 2, 3}
	fmt.Println(eq, len([...]string{4: "x"}))
}
