// Local arrays and slices of different sizes: small ones stay on the
// stack, large ones and dynamically sized ones go to the heap.
package main

import "fmt"

type Matrix [64][64]float64 // 32 KiB

type Huge [128][128]float64 // 128 KiB

func smallArray() int {
	var a [16]int
	for i := range a {
		a[i] = i
	}
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func identity() float64 {
	var m Matrix
	for i := range m {
		m[i][i] = 1
	}
	tr := 0.0
	for i := range m {
		tr += m[i][i]
	}
	return tr
}

func hugeLocal() float64 {
	var h Huge
	h[127][127] = 2.5
	return h[127][127] + h[0][0]
}

func constMake() int {
	buf := make([]byte, 1024)
	for i := range buf {
		buf[i] = byte(i)
	}
	return int(buf[1023])
}

func bigConstMake() int {
	buf := make([]int64, 20000) // 160000 bytes: over the implicit limit
	buf[19999] = 7
	return int(buf[19999])
}

func dynMake(n int) int {
	buf := make([]int, n)
	for i := range buf {
		buf[i] = i
	}
	return len(buf)
}

func newHuge() *Huge {
	return new(Huge)
}

func sumRows(m *Matrix) (s float64) {
	for _, row := range m {
		for _, v := range row {
			s += v
		}
	}
	return
}

func literalArray() [4]string {
	return [4]string{"a", "b", "c", "d"}
}

func main() {
	fmt.Println(smallArray(), identity(), hugeLocal())
	fmt.Println(constMake(), bigConstMake(), dynMake(10), dynMake(0))
	h := newHuge()
	h[1][2] = 3
	fmt.Println(h[1][2], len(h))
	var m Matrix
	m[3][4] = 1.5
	m[60][1] = 2
	fmt.Println(sumRows(&m))
	fmt.Println(literalArray())
	arr := [3]int{1, 2, 3}
	sl := arr[:]
	sl[0] = 100
	fmt.Println(arr, len(sl), cap(sl[1:]))
}
