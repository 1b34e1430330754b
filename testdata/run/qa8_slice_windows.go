// Subslices share their backing array: three-index slices cap what append
// may overwrite, copy handles overlap, and a small slice of a big array
// keeps the whole array alive until it is copied out.
package main

import "fmt"

func firstN(data []byte, n int) []byte {
	return data[:n]
}

func firstNCopy(data []byte, n int) []byte {
	out := make([]byte, n)
	copy(out, data)
	return out
}

func shiftLeft(s []int, k int) []int {
	n := copy(s, s[k:])
	return s[:n]
}

func insertAt(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func chunks(s []int, size int) [][]int {
	var out [][]int
	for len(s) > size {
		out = append(out, s[:size:size])
		s = s[size:]
	}
	return append(out, s)
}

func main() {
	big := make([]byte, 1<<16)
	for i := range big {
		big[i] = byte(i)
	}
	view := firstN(big, 4)
	cp := firstNCopy(big, 4)
	big[0] = 200
	fmt.Println(view, cp, cap(view) == len(big), cap(cp))

	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	b := base[2:4:4]
	a = append(a, 100)
	b = append(b, 200)
	fmt.Println(base, a, b)

	s := []int{1, 2, 3, 4, 5}
	fmt.Println(shiftLeft(s, 2), s)
	fmt.Println(insertAt([]int{1, 2, 4}, 2, 3))

	for _, c := range chunks([]int{1, 2, 3, 4, 5, 6, 7}, 3) {
		fmt.Print(c, len(c), cap(c), " ")
	}
	fmt.Println()
	cs := chunks([]int{9, 8, 7, 6}, 2)
	cs[0] = append(cs[0], 55)
	fmt.Println(cs)

	arr := [5]string{"a", "b", "c", "d", "e"}
	sl := arr[1:3]
	sl[0] = "B"
	fmt.Println(arr, len(sl), cap(sl))
	sl = sl[:cap(sl)]
	fmt.Println(sl)
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS[0:]), len(empty[:0]))
}
