package main

import (
	"fmt"
	"os"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

type Inventory struct {
	Name  string
	Items map[string]int
	Tags  []string
	Owner *Point
}

func main() {
	ints := map[int]string{10: "ten", -3: "minus three", 7: "seven", 0: "zero"}
	fmt.Println(ints)
	floats := map[float64]bool{2.5: true, -1: false, 0.125: true}
	fmt.Println(floats)
	bools := map[bool]int{true: 1, false: 0}
	fmt.Println(bools)
	colors := map[Color][]Point{Blue: {{1, 2}}, Red: nil, Green: {{0, 0}, {3, 4}}}
	fmt.Println(colors)
	fmt.Printf("%v\n%+v\n", colors, colors)
	points := map[Point]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"}
	fmt.Println(points)
	arrs := map[[2]int]int{{1, 2}: 3, {0, 9}: 9, {1, 0}: 1}
	fmt.Println(arrs)
	nested := map[string]map[string]int{"b": {"y": 2, "x": 1}, "a": {"z": 26}}
	fmt.Println(nested)
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", map[Color]bool{Green: true})
	ifaces := map[any]int{"s": 1, 2: 2, 1.5: 3, true: 4, Point{1, 1}: 5}
	fmt.Println(len(ifaces), ifaces["s"], ifaces[2], ifaces[Point{1, 1}])
	inv := Inventory{Name: "shop", Items: map[string]int{"pear": 3, "apple": 5}, Tags: []string{"x", "y"}}
	fmt.Printf("%v\n%+v\n", inv, inv)
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap), nilMap == nil)
	fmt.Printf("%v %d %s\n", map[string]int{}, map[string]int{"a": 1}, map[string]string{"k": "v"})
	fmt.Printf("%x\n", map[string]int{"ab": 255})
	fmt.Printf("%q\n", map[string][]string{"k": {"a b", "c"}})
	fmt.Printf("%6.2f|\n", map[string]float64{"pi": 3.14159, "e": 2.71828})
	runes := map[rune]int{'b': 2, 'a': 1}
	fmt.Println(runes)
	bytesK := map[byte]string{'z': "last", 'a': "first"}
	fmt.Println(bytesK)
	fmt.Fprintln(os.Stdout, map[int8]uint{-128: 1, 127: 2, 0: 3})
	type key struct {
		a string
		b int
	}
	composite := map[key]int{{"x", 2}: 1, {"x", 1}: 2, {"a", 9}: 3}
	fmt.Println(composite)
	fmt.Println(map[*int]int{} == nil, fmt.Sprint(map[string]struct{}{"k": {}}))
	m := map[string]int{"one": 1}
	m2 := m
	m2["two"] = 2
	delete(m, "one")
	fmt.Println(m, m2, len(m))
	for i := 0; i < 3; i++ {
		fmt.Print(map[int]int{3: 3, 1: 1, 2: 2}, " ")
	}
	fmt.Println()
}
