// Slices of arrays: arr[:] makes the array escape only if the slice does;
// a fixed [N]T as a value is copied; pointer to array indexing and ranging.
package main

import "fmt"

type Block [8]byte

func fill(b *Block, v byte) {
	for i := range b {
		b[i] = v + byte(i)
	}
}

func sumSlice(s []byte) int {
	t := 0
	for _, x := range s {
		t += int(x)
	}
	return t
}

func localSum() int {
	var b Block
	fill(&b, 1)
	return sumSlice(b[:]) + sumSlice(b[2:5])
}

var saved [][]byte

func keepWindow() {
	var b Block
	fill(&b, 100)
	saved = append(saved, b[4:])
}

func reverse(a [5]int) [5]int {
	for i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {
		a[i], a[j] = a[j], a[i]
	}
	return a
}

func rotate(p *[5]int) {
	first := p[0]
	copy(p[:], p[1:])
	p[len(p)-1] = first
}

func main() {
	fmt.Println(localSum())
	keepWindow()
	keepWindow()
	saved[0][0] = 0
	fmt.Println(saved[0], saved[1], len(saved[1]), cap(saved[1]))

	a := [5]int{1, 2, 3, 4, 5}
	r := reverse(a)
	fmt.Println(a, r)
	rotate(&a)
	fmt.Println(a)

	var grid [3][4]int
	for i := range grid {
		for j := range grid[i] {
			grid[i][j] = i*4 + j
		}
	}
	row := grid[1][:]
	row[0] = -1
	col := make([]int, 0, len(grid))
	for _, rw := range grid {
		col = append(col, rw[3])
	}
	fmt.Println(grid, col)

	matrix := new([2][2]float64)
	matrix[0][0], matrix[1][1] = 1.5, 2.5
	for i, rw := range matrix {
		fmt.Println(i, rw)
	}
	ptrs := [3]*int{}
	for i := range ptrs {
		v := i * i
		ptrs[i] = &v
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
}
