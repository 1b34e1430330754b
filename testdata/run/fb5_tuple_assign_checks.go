// A tuple assignment evaluates the left side's pointers, slices and indices
// first, but each place's nil or bounds check happens at its own store, in
// order: m[2], *p = 42, 2 with p nil stores m[2] and then panics (Go's
// fixedbugs issue23017).
package main

import "fmt"

type P struct{ i int }

type Big struct {
	pad [5000]byte
	x   int
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	m := map[int]int{}
	var p *int
	try("deref", func() { m[2], *p = 42, 2 })
	fmt.Println(m)

	s := []int{}
	try("slice", func() { m[3], s[1] = 3, 2 })
	fmt.Println(m)

	var pp *P
	try("field", func() { m[4], pp.i = 4, 2 })
	fmt.Println(m)

	var arr [3]int
	i := 5
	try("array", func() { arr[0], arr[i] = 7, 8 })
	fmt.Println(arr)

	var nm map[int]int
	a := 0
	q := &a
	try("nil map", func() { *q, nm[2] = 5, 2 })
	fmt.Println(a)

	var b *Big
	try("big", func() { m[5], b.x = 5, 1 })
	fmt.Println(len(m))

	// the places keep the pointers and indices of phase 1
	x := P{}
	px := &x
	px, px.i = new(P), 4
	fmt.Println(x.i, px.i)
	j := 0
	ar := [3]int{}
	j, ar[j] = 2, 9
	fmt.Println(j, ar)
	sl := []int{1, 2, 3}
	sl, sl[2] = nil, 30
	fmt.Println(sl == nil)

	// a multi-value call or a comma-ok form: the same order
	two := func() (int, int) { return 6, 7 }
	try("func", func() { m[6], *p = two() })
	fmt.Println(m[6])
	var bs []bool
	try("mapr", func() { m[7], bs[3] = m[2] })
	fmt.Println(m[7])
	var e interface{} = 8
	var bp *bool
	try("dottype", func() { m[8], *bp = e.(int) })
	fmt.Println(m[8])
}
