// How append grows capacity for element types of different sizes: the
// growth factor and the rounding up to the allocator's size classes.
package main

import "fmt"

type rgb [3]byte

type rec24 struct {
	a, b int64
	c    int32
}

type big struct{ data [100]byte }

func growth[T any](n int) []int {
	var s []T
	var zero T
	caps := []int{}
	last := -1
	for i := 0; i < n; i++ {
		s = append(s, zero)
		if cap(s) != last {
			last = cap(s)
			caps = append(caps, last)
		}
	}
	return caps
}

func appendMany(n int) (int, int) {
	s := make([]int, 0, 5)
	s = append(s, make([]int, n)...)
	return len(s), cap(s)
}

func main() {
	fmt.Println("byte  ", growth[byte](3000))
	fmt.Println("rgb   ", growth[rgb](1000))
	fmt.Println("int32 ", growth[int32](1500))
	fmt.Println("int64 ", growth[int64](1500))
	fmt.Println("rec24 ", growth[rec24](800))
	fmt.Println("string", growth[string](700))
	fmt.Println("big   ", growth[big](200))
	for _, n := range []int{1, 6, 11, 13, 100, 1000} {
		l, c := appendMany(n)
		fmt.Print(l, ":", c, " ")
	}
	fmt.Println()
	b := []byte("hi")
	b = append(b, "-there-and-more"...)
	fmt.Println(len(b), cap(b))
	r := []rune("héllo")
	fmt.Println(len(r), cap(r))
	s := append([]string(nil), "a", "b", "c")
	fmt.Println(len(s), cap(s))
}
