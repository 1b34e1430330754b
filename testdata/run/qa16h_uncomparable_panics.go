package main

import (
	"fmt"
	"strings"
)

type Key struct {
	Name string
	Tags any
}

type Shape interface{ Area() float64 }
type Poly struct{ Pts []float64 }

func (p Poly) Area() float64 { return float64(len(p.Pts)) }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Printf("%-12s %v\n", name, r)
		}
	}()
	f()
	fmt.Printf("%-12s ok\n", name)
}

func main() {
	try("iface-eq", func() {
		var a, b any = []int{1}, []int{1}
		fmt.Println(a == b)
	})
	try("iface-diff", func() {
		var a, b any = []int{1}, "x"
		fmt.Println(a == b)
	})
	try("map-key", func() {
		m := map[any]int{}
		m[[]string{"a"}] = 1
	})
	try("map-func", func() {
		m := map[any]int{}
		m[func() {}] = 1
	})
	try("map-struct", func() {
		m := map[Key]int{}
		m[Key{"a", 1}] = 1
		m[Key{"b", map[string]int{}}] = 2
	})
	try("struct-eq", func() {
		k1, k2 := Key{"a", []int{}}, Key{"a", []int{}}
		fmt.Println(k1 == k2)
	})
	try("struct-ne", func() {
		k1, k2 := Key{"a", 1}, Key{"b", []int{}}
		fmt.Println(k1 == k2)
	})
	try("shape-eq", func() {
		var s1, s2 Shape = Poly{[]float64{1}}, Poly{nil}
		fmt.Println(s1 == s2)
	})
	try("shape-mixed", func() {
		var s1, s2 Shape = Circle{1}, Poly{nil}
		fmt.Println(s1 == s2, s1 == Shape(Circle{1}))
	})
	try("array-iface", func() {
		a := [2]any{1, []byte("x")}
		b := [2]any{1, []byte("x")}
		fmt.Println(a == b)
	})
	try("array-early", func() {
		a := [2]any{1, []byte("x")}
		b := [2]any{2, []byte("x")}
		fmt.Println(a == b)
	})
	try("switch", func() {
		var v any = map[int]int{}
		switch v {
		case 1:
			fmt.Println("one")
		default:
			fmt.Println("default")
		}
	})
	try("delete", func() {
		m := map[any]bool{"a": true}
		delete(m, []int{})
	})
	try("lookup", func() {
		m := map[any]bool{"a": true}
		_, ok := m[[]int{}]
		fmt.Println(ok)
	})
	try("nil-map-any", func() {
		var m map[any]bool
		fmt.Println(m[[1]any{[]int{}}])
	})
	ok := map[any]string{1: "int", "1": "string", 1.0: "float", [2]int{1, 1}: "array", Key{"k", 2}: "struct", true: "bool"}
	var keys []string
	for k, v := range ok {
		keys = append(keys, fmt.Sprintf("%v=%s", k, v))
	}
	fmt.Println(len(keys), strings.Contains(fmt.Sprint(ok), "int"))
	fmt.Println(ok[1], ok[int64(1)] == "", ok[Key{"k", 2}], ok[[2]int{1, 1}])
}
