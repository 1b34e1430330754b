package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	m := map[interface{}]int{1: 1, "a": 2, 2.5: 3, -3: 4, "B": 5, true: 6, false: 7}
	fmt.Println(m)
	sk := map[K]bool{{2, "x"}: true, {1, "z"}: false, {1, "a"}: true}
	fmt.Println(sk)
	fm := map[float64]string{3.5: "c", -1: "a", 0: "b"}
	fmt.Println(fm)
	am := map[[2]int]int{{2, 1}: 1, {1, 9}: 2, {1, 2}: 3}
	fmt.Println(am)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Printf("%v %+v\n", bm, am)
	var nm map[string]int
	fmt.Println(nm, len(nm), map[string][]int{"x": nil, "a": {1}})
	pm := map[int8]uint{-5: 1, 5: 2, 0: 3}
	fmt.Printf("%v %#v\n", pm, map[string]int{"b": 2, "a": 1})
}
