// Slices under the microscope: append's capacity growth for several
// element sizes (Go 1.19's growslice rounding to size classes), aliasing
// after append, copy with overlap, three-index slices, in-place filters,
// insert/delete idioms and 2-D slices.
package main

import (
	"fmt"
	"strings"
)

type pair struct{ a, b int32 }
type big struct{ buf [40]byte }

// growthOf records each new capacity appendOne reports over n appends.
func growthOf(name string, n int, appendOne func(int) int) {
	last := -1
	var caps []string
	for i := 0; i < n; i++ {
		if c := appendOne(i); c != last {
			caps = append(caps, fmt.Sprint(c))
			last = c
		}
	}
	fmt.Printf("%-7s %s\n", name, strings.Join(caps, " "))
}

func main() {
	fmt.Println("== capacity growth")
	growthBytes(3000)
	growthInts(3000)
	growthPairs(2000)
	growthBig(600)
	growthStrings(1500)

	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println("shared backing:", t[3], u[3], len(s), cap(t))
	v := append(s[:3:3], 6)
	v[0] = 99
	fmt.Println("full slice expression copies:", s[0], v, cap(v))
	grow := append([]int{1, 2, 3}, 4)
	fmt.Println(len(grow), cap(grow))
	grow = append(grow, 5, 6, 7, 8, 9)
	fmt.Println(len(grow), cap(grow))
	grow = append([]int(nil), make([]int, 13)...)
	fmt.Println(len(grow), cap(grow))
	b := append([]byte("hello"), " world, more text"...)
	fmt.Println(len(b), cap(b))

	fmt.Println("== copy")
	a := []int{0, 1, 2, 3, 4, 5, 6, 7}
	n := copy(a[2:], a)
	fmt.Println(n, a)
	a = []int{0, 1, 2, 3, 4, 5, 6, 7}
	n = copy(a, a[3:])
	fmt.Println(n, a)
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	fmt.Println("== idioms")
	xs := []int{5, 2, 8, 1, 9, 3, 7, 4, 6}
	evens := xs[:0]
	for _, x := range xs {
		if x%2 == 0 {
			evens = append(evens, x)
		}
	}
	fmt.Println(evens, xs)
	xs = []int{1, 2, 3, 4, 5}
	i := 2
	xs = append(xs[:i], append([]int{42}, xs[i:]...)...)
	fmt.Println("insert:", xs)
	xs = append(xs[:1], xs[2:]...)
	fmt.Println("delete:", xs, len(xs), cap(xs))
	for l, r := 0, len(xs)-1; l < r; l, r = l+1, r-1 {
		xs[l], xs[r] = xs[r], xs[l]
	}
	fmt.Println("reverse:", xs)
	k := 2
	rot := append(xs[k:], xs[:k]...)
	fmt.Println("rotate:", rot)
	dedup := []string{"a", "a", "b", "c", "c", "c", "d", "a"}
	w := 1
	for r := 1; r < len(dedup); r++ {
		if dedup[r] != dedup[w-1] {
			dedup[w] = dedup[r]
			w++
		}
	}
	fmt.Println("dedup:", dedup[:w])
	chunks := [][]int{}
	data := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}
	for len(data) > 0 {
		m := 4
		if len(data) < m {
			m = len(data)
		}
		chunks = append(chunks, data[:m:m])
		data = data[m:]
	}
	fmt.Println("chunks:", chunks)

	fmt.Println("== 2-D")
	grid := make([][]rune, 4)
	for r := range grid {
		grid[r] = []rune(strings.Repeat(".", 6))
	}
	for d := 0; d < 4; d++ {
		grid[d][d+1] = '#'
		grid[3-d][d] = '*'
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	flat := make([]int, 3*4)
	mat := make([][]int, 3)
	for r := range mat {
		mat[r] = flat[r*4 : (r+1)*4]
	}
	mat[1][2] = 7
	fmt.Println(flat, len(mat[2]), cap(mat[0]))

	fmt.Println("== arrays are values")
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	pa := &arr
	pa[1] = 200
	fmt.Println(arr, arr2, len(pa), arr == [3]int{1, 200, 3})
	sl := arr[:]
	sl[2] = 300
	fmt.Println(arr, sl)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(empty), fmt.Sprint(nilS) == fmt.Sprint(empty))
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS)
}

func growthBytes(n int) {
	var s []byte
	growthOf("byte", n, func(int) int { s = append(s, 0); return cap(s) })
}

func growthInts(n int) {
	var s []int
	growthOf("int", n, func(i int) int { s = append(s, i); return cap(s) })
}

func growthPairs(n int) {
	var s []pair
	growthOf("pair", n, func(int) int { s = append(s, pair{}); return cap(s) })
}

func growthBig(n int) {
	var s []big
	growthOf("big40", n, func(int) int { s = append(s, big{}); return cap(s) })
}

func growthStrings(n int) {
	var s []string
	growthOf("string", n, func(int) int { s = append(s, ""); return cap(s) })
}
