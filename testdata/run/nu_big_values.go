// How big is too big for the stack? Local arrays, new, make and composite
// literals of growing sizes around gc's limits (10 MB for declared
// variables, 64 KB for implicit allocations such as new, make and &T{}),
// plus passing large structs by value versus by pointer.
package main

import "fmt"

type Small struct{ a, b, c int64 }

type Medium struct{ buf [8 << 10]byte }

type Large struct{ buf [128 << 10]byte }

func sumSmall(s Small) int64 { return s.a + s.b + s.c }

func sumMedium(m Medium) int {
	t := 0
	for _, b := range m.buf[:16] {
		t += int(b)
	}
	return t
}

func sumLargePtr(l *Large) int {
	t := 0
	for _, b := range l.buf[:16] {
		t += int(b)
	}
	return t
}

func localArrays() int {
	var a [1 << 10]byte       // 1 KB: stack
	var b [1 << 20]byte       // 1 MB: stack (declared, under 10 MB)
	var c [16 << 20]byte      // 16 MB: moved to heap
	a[1], b[2], c[3] = 1, 2, 3
	return int(a[1]) + int(b[2]) + int(c[3])
}

func implicit(n int) int {
	p := new([32 << 10]byte)  // 32 KB via new: stack
	q := new([128 << 10]byte) // 128 KB via new: heap
	s := make([]byte, 60<<10) // 60 KB constant make: stack
	t := make([]byte, 70<<10) // 70 KB: heap
	u := make([]byte, n)      // non-constant: heap
	m := &Medium{}            // 8 KB: stack
	l := &Large{}             // 128 KB: heap
	p[0], q[0], s[0], t[0], u[0], m.buf[0], l.buf[0] = 1, 2, 3, 4, 5, 6, 7
	return int(p[0]) + int(q[0]) + int(s[0]) + int(t[0]) + int(u[0]) + int(m.buf[0]) + int(l.buf[0])
}

func literals() int {
	small := [4]int{1, 2, 3, 4}
	x := []int{1, 2, 3}
	big := make([]int64, 8<<10) // 64 KB exactly
	bigger := make([]int64, 8<<10+1)
	big[0], bigger[0] = 10, 20
	return small[3] + x[2] + int(big[0]) + int(bigger[0])
}

func copies() (int64, int, int) {
	s := Small{1, 2, 3}
	var m Medium
	m.buf[0] = 9
	l := new(Large)
	l.buf[1] = 4
	return sumSmall(s), sumMedium(m), sumLargePtr(l)
}

func main() {
	fmt.Println(localArrays())
	fmt.Println(implicit(100))
	fmt.Println(literals())
	fmt.Println(copies())
	var arr [3]Medium
	arr[2].buf[5] = 1
	sl := arr[:]
	fmt.Println(len(sl), sumMedium(sl[2]), len(arr[0].buf))
}
