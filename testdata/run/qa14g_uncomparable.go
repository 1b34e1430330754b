package main

import (
	"fmt"
)

type Key struct {
	Name string
	Tags []string
}

type Shape interface{ Area() int }

type Sq struct{ S int }
type Poly struct{ Pts []int }

func (s Sq) Area() int   { return s.S * s.S }
func (p Poly) Area() int { return len(p.Pts) }

func try(label string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%s: %v\n", label, r)
			if e, ok := r.(error); ok {
				fmt.Printf("  (%T)\n", e)
			}
		}
	}()
	f()
	fmt.Println(label, "ok")
}

func main() {
	var a, b interface{} = 1, 1
	try("equal ints", func() { fmt.Println(a == b) })
	a, b = []int{1}, []int{1}
	try("slices in iface", func() { fmt.Println(a == b) })
	a, b = []int{1}, "x"
	try("different types", func() { fmt.Println(a == b) })
	var s1, s2 Shape = Poly{[]int{1}}, Poly{[]int{1}}
	try("poly shapes", func() { fmt.Println(s1 == s2) })
	s1, s2 = Sq{2}, Sq{2}
	try("sq shapes", func() { fmt.Println(s1 == s2) })
	s2 = Poly{}
	try("sq vs poly", func() { fmt.Println(s1 == s2) })
	m := map[interface{}]int{}
	try("map func key", func() { m[func() {}] = 1 })
	try("map slice key", func() { m[[]byte("k")] = 1 })
	try("map map key", func() { _ = m[map[int]int{}] })
	try("map struct key", func() { m[Key{"a", nil}]++ })
	try("map array of iface", func() { m[[2]interface{}{1, []int{}}] = 2 })
	m[[2]interface{}{1, "s"}] = 3
	m[Sq{1}] = 4
	fmt.Println(len(m), m[Sq{1}], m[[2]interface{}{1, "s"}])
	type wrap struct{ v interface{} }
	w1, w2 := wrap{map[int]int{}}, wrap{map[int]int{}}
	try("struct with iface field", func() { fmt.Println(w1 == w2) })
	w3, w4 := wrap{3}, wrap{3}
	fmt.Println(w3 == w4, wrap{nil} == wrap{}, interface{}(nil) == nil)
	arr1 := [2]interface{}{1, 2.5}
	arr2 := [2]interface{}{1, 2.5}
	fmt.Println(arr1 == arr2)
	var e1, e2 error
	fmt.Println(e1 == e2)
	fmt.Println("uncaught:")
	sm := map[Shape]bool{}
	sm[Sq{3}] = true
	sm[Poly{[]int{1, 2}}] = true
	fmt.Println(len(sm))
}
