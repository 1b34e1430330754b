// Bounds-check elimination (codegen/cg_bce.c) keeps every check it cannot
// prove; []byte("const") has cap == len as in gc.
package main

import "fmt"

type T struct{ a [8]int }

func sum(s []int) int {
	t := 0
	for i := range s {
		t += s[i]
	}
	for i := 0; i < len(s); i++ {
		t += s[i] * 2
	}
	n := len(s)
	for i := 0; i < n; i++ {
		t += s[i]
	}
	for i := 1; i < len(s); i++ {
		t += s[i-1] + s[i]
	}
	for i := range s {
		for j := i + 1; j < len(s); j++ {
			t += s[i] * s[j]
		}
	}
	if len(s) > 2 {
		t += s[0] + s[1] + s[2]
	}
	return t
}

func masks(x uint, b byte, k int) int {
	var a [256]int
	var c [8]int
	for i := range a {
		a[i] = i
	}
	for i := range c {
		c[i] = i
	}
	return a[b] + c[x&7] + c[k&7] + a[x%256] + c[x>>61]
}

func shrink(s []int, i int) int {
	t := s[:4]
	r := t[0] + t[3]
	if i >= 0 && i < len(s) {
		r += s[i]
	}
	return r
}

func bad(s []int, k int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for i := 0; i < len(s); i++ {
		r += s[i+k]
	}
	return
}

func bad2(s []int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for i := range s {
		s = s[:len(s)-1]
		r += s[i]
	}
	return
}

func bad3(s []int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	for i := 0; i < len(s); i++ {
		i--
		i--
		r += s[i]
	}
	return
}

func bad4(s []int, n int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	t := make([]int, n)
	for i := 0; i < n; i++ {
		r += t[i] + s[i]
	}
	return
}

var sink []byte

func consts() {
	b := []byte("pre")
	fmt.Println(len(b), cap(b))
	b = append(b, "xy"...)
	fmt.Println(len(b), cap(b))
	c := []byte("hello")
	sink = c
	fmt.Println(len(c), cap(c))
	d := []byte("")
	fmt.Println(len(d), cap(d), d == nil)
	e := []byte("0123456789012345678901234567890123456789")
	fmt.Println(len(e), cap(e), string(e[:3]))
	sink = []byte("0123456789012345678901234567890123456789x")
	fmt.Println(len(sink), cap(sink))
}

// the guard is on a different slice than the access: still checked
func wrong(s, t []int) int {
	r := 0
	for i := 0; i < len(s); i++ {
		r += t[i]
	}
	return r
}

// a checked index stays proven only until its variable or slice changes
func reassign(s []int, i int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	s[i] = 1
	i = i + 10
	r = s[i]
	return
}

func twoSlices(a, b []int, i int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	a[i] = 1
	r = b[i]
	return
}

func sameLen(n, i int) (r int) {
	defer func() { fmt.Println("recovered:", recover()) }()
	a := make([]int, n)
	b := make([]int, n)
	a[i] = 2
	b[i] = a[i] + 1
	r = b[i]
	c := make([]int, n-1)
	r += c[i]
	return
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	fmt.Println(sum(s), sum(nil), masks(12345, 200, -3), shrink(s, 2), shrink(s, 9))
	fmt.Println(bad(s, 1), bad2([]int{1, 2, 3, 4}), bad3(s), bad4(s, 7))
	var tt T
	for i := range tt.a {
		tt.a[i] = i
	}
	p := &tt.a
	for i := range p {
		p[i]++
	}
	fmt.Println(tt)
	str := "héllo"
	for i := range str {
		fmt.Print(str[i], " ")
	}
	fmt.Println()
	fmt.Println(shrink(s[:3], 0))
	consts()
	fmt.Println(reassign([]int{1, 2, 3}, 1), twoSlices([]int{1, 2, 3}, []int{1}, 2))
	fmt.Println(sameLen(4, 3), sameLen(4, 1))
	fmt.Println(wrong([]int{1, 2, 3}, []int{4, 5, 6, 7}))
	fmt.Println(wrong([]int{1, 2, 3}, []int{4, 5}))
}
