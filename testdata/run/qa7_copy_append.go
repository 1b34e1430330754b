// Slice mechanics a Go programmer trips over: append aliasing, full slice
// expressions, copy between overlapping slices, slices of local arrays
// returned from functions, and in-place filtering.
package main

import "fmt"

func firstN(n int) []int {
	var arr [8]int
	for i := range arr {
		arr[i] = i * 10
	}
	return arr[:n]
}

func window(data []byte, start, end int) []byte {
	return data[start:end:end]
}

func insertAt(s []string, i int, v string) []string {
	s = append(s, "")
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func removeIf(xs []int, drop func(int) bool) []int {
	out := xs[:0]
	for _, x := range xs {
		if !drop(x) {
			out = append(out, x)
		}
	}
	return out
}

func chunk(xs []int, size int) [][]int {
	var chunks [][]int
	for size < len(xs) {
		xs, chunks = xs[size:], append(chunks, xs[:size:size])
	}
	return append(chunks, xs)
}

func clone(b []byte) []byte {
	return append([]byte(nil), b...)
}

func sum(arr [4]int) int {
	s := 0
	for _, v := range arr {
		s += v
	}
	return s
}

func main() {
	a := make([]int, 3, 10)
	b := append(a, 1)
	c := append(a, 2)
	fmt.Println(b[3], c[3], len(a), cap(b))

	data := []byte("abcdefgh")
	w := window(data, 2, 4)
	w = append(w, 'X')
	fmt.Println(string(data), string(w))
	w2 := data[2:4]
	w2 = append(w2, 'Y')
	fmt.Println(string(data), string(w2))

	fmt.Println(firstN(3), firstN(5))

	s := []string{"a", "c", "d"}
	s = insertAt(s, 1, "b")
	s = insertAt(s, 0, "_")
	fmt.Println(s, len(s))

	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	odd := removeIf(nums, func(x int) bool { return x%2 == 0 })
	fmt.Println(odd, nums)

	fmt.Println(chunk([]int{1, 2, 3, 4, 5, 6, 7}, 3))

	overlap := []int{1, 2, 3, 4, 5}
	n := copy(overlap[1:], overlap)
	fmt.Println(n, overlap)

	orig := []byte("keep")
	cp := clone(orig)
	cp[0] = 'K'
	fmt.Println(string(orig), string(cp))

	arr := [4]int{1, 2, 3, 4}
	sl := arr[:]
	sl[0] = 100
	arrCopy := arr
	arrCopy[1] = 200
	fmt.Println(sum(arr), sum(arrCopy), arr)

	var grow []int
	caps := map[int]bool{}
	for i := 0; i < 50; i++ {
		grow = append(grow, i)
		caps[cap(grow)] = true
	}
	fmt.Println(len(grow), len(caps))
}
