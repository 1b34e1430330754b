package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	x int32
	y struct{}
}

type C struct {
	p  *int
	s  string
	sl []int
	i  interface{}
	m  map[int]int
	f  func()
	ar [3]byte
}

type Inner struct{ V int }
type Outer struct {
	Inner
	W [2]Inner
}

func main() {
	fmt.Println(unsafe.Sizeof(A{}), unsafe.Alignof(A{}), unsafe.Offsetof(A{}.c))
	fmt.Println(unsafe.Sizeof(B{}), unsafe.Sizeof(C{}), unsafe.Offsetof(C{}.ar))
	o := Outer{Inner{1}, [2]Inner{{2}, {3}}}
	o2 := o
	o2.W[0].V = 20
	o2.V = 10
	fmt.Println(o, o2, o == o2, o.Inner == Inner{1})
	fmt.Printf("%+v\n", o2)
	arr := [3]int{1, 2, 3}
	brr := arr
	brr[0] = 9
	fmt.Println(arr, brr, arr == [3]int{1, 2, 3})
	type key struct {
		a string
		b int
	}
	m := map[key]int{{"x", 1}: 10}
	m[key{"y", 2}] = 20
	fmt.Println(m[key{"x", 1}], m[key{"y", 2}], len(m))
	var pa *A = &A{b: 5}
	pa.c = true
	fmt.Println(*pa)
	s := struct {
		N int
		S []string
	}{3, []string{"q"}}
	fmt.Printf("%v %+v %#v\n", s, s, s.N)
}
