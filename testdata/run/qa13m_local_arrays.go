// Returning slices of local arrays, arrays copied by value, pointer to
// array elements kept after the function returns, and array-keyed maps.
package main

import (
	"fmt"
	"sort"
)

type Vec3 [3]float64

func (v Vec3) Add(o Vec3) Vec3 {
	for i := range v {
		v[i] += o[i]
	}
	return v
}

func (v *Vec3) Scale(k float64) {
	for i := range v {
		v[i] *= k
	}
}

func digits(n int) []byte {
	var buf [20]byte
	i := len(buf)
	if n == 0 {
		i--
		buf[i] = '0'
	}
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return buf[i:]
}

func firstOf(n int) *int {
	var arr [4]int
	for i := range arr {
		arr[i] = n * (i + 1)
	}
	return &arr[0]
}

func windows(xs []int, k int) [][]int {
	var out [][]int
	for i := 0; i+k <= len(xs); i++ {
		out = append(out, xs[i:i+k])
	}
	return out
}

func sumArr(a [8]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

func sumArrPtr(a *[8]int) (s int) {
	for _, v := range a {
		s += v
	}
	return
}

type grid [4][4]byte

func (g grid) String() string {
	var out []byte
	for _, row := range g {
		out = append(out, row[:]...)
		out = append(out, '|')
	}
	return string(out)
}

func main() {
	for _, n := range []int{0, 7, 1234567890} {
		fmt.Printf("%s ", digits(n))
	}
	fmt.Println()
	p := firstOf(5)
	fmt.Println("first:", *p)
	a := Vec3{1, 2, 3}
	b := a.Add(Vec3{10, 10, 10})
	b.Scale(0.5)
	fmt.Println(a, b)
	ws := windows([]int{1, 2, 3, 4, 5, 6}, 3)
	ws[0][2] = 30
	fmt.Println(ws)
	var eight [8]int
	for i := range eight {
		eight[i] = i * i
	}
	fmt.Println(sumArr(eight), sumArrPtr(&eight))
	var g grid
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			g[i][j] = ".#"[(i+j)%2]
		}
	}
	fmt.Println(g)
	seen := map[[2]int]string{}
	pts := [][2]int{{1, 2}, {3, 4}, {1, 2}, {0, 0}}
	for i, pt := range pts {
		if _, ok := seen[pt]; !ok {
			seen[pt] = fmt.Sprint("p", i)
		}
	}
	keys := make([][2]int, 0, len(seen))
	for k := range seen {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if keys[i][0] != keys[j][0] {
			return keys[i][0] < keys[j][0]
		}
		return keys[i][1] < keys[j][1]
	})
	for _, k := range keys {
		fmt.Print(k, "=", seen[k], " ")
	}
	fmt.Println()
	arrs := make([][4]int, 3)
	for i := range arrs {
		arrs[i][i] = i + 1
	}
	s := arrs[1][:]
	s[3] = 40
	fmt.Println(arrs)
}
