// Maps print sorted by key (ints, strings, floats with NaN, bools, structs, arrays).
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

func main() {
	m := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "": 0}
	fmt.Println(m)
	fmt.Printf("%v\n%+v\n%#v\n", m, m, m)
	mi := map[int]string{-5: "neg", 10: "ten", 0: "zero", 3: "three"}
	fmt.Println(mi)
	mf := map[float64]bool{2.5: true, math.NaN(): false, -1: true, math.Inf(1): false, math.Inf(-1): true}
	fmt.Println(mf)
	mb := map[bool]int{true: 1, false: 0}
	fmt.Println(mb)
	mk := map[K]int{{2, "b"}: 1, {1, "z"}: 2, {1, "a"}: 3}
	fmt.Println(mk)
	ma := map[[2]int]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(ma)
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Printf("%v %d\n", nested, nested)
	mm := map[string]map[string]int{"x": {"b": 2, "a": 1}, "w": nil}
	fmt.Println(mm)
	mp := map[string]*K{"k": nil}
	fmt.Println(mp)
	var empty map[string]int
	fmt.Println(empty, len(empty))
	fmt.Printf("%v %#v\n", map[int]bool{}, map[int]bool{1: true})
	mi8 := map[int8]uint{-128: 1, 127: 2, 0: 3}
	fmt.Println(mi8)
	ms := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4}
	_ = ms
	fmt.Println(len(ms))
}
