package main

import (
	"fmt"
	"math"
	"strings"
)

type K struct {
	A int
	B string
}

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

func main() {
	m1 := map[float64]string{math.NaN(): "nan1", math.Inf(-1): "-inf", 0: "zero", -1.5: "neg", math.Inf(1): "inf"}
	fmt.Println(m1)
	fmt.Println(len(m1), m1[math.NaN()] == "")
	m2 := map[bool]int{true: 1, false: 0}
	fmt.Println(m2)
	m3 := map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3}
	fmt.Println(m3)
	m4 := map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"}
	fmt.Println(m4)
	m5 := map[interface{}]int{"b": 1, 2: 2, "a": 3, 1: 4, 2.5: 5, true: 6, K{1, "x"}: 7, int8(3): 8}
	fmt.Println(m5)
	m6 := map[Color][]string{Blue: {"sky"}, Red: {"fire", "rose"}, Green: nil}
	fmt.Println(m6)
	fmt.Printf("%v %+v %#v\n", map[string]int{"z": 1, "a": 2}, map[int]K{2: {1, "q"}, 1: {}}, map[string]bool{"y": true, "x": false})
	m7 := map[rune]int{'b': 1, 'a': 2, '☃': 3}
	fmt.Println(m7)
	m8 := map[uint8]bool{200: true, 3: false, 100: true}
	fmt.Println(m8)
	m9 := map[string]map[string]int{"outer": {"z": 1, "a": 2}, "first": {}}
	fmt.Println(m9)
	var nilmap map[string]int
	fmt.Println(nilmap, len(nilmap))
	fmt.Printf("%d %x %q\n", map[string]int{"b": 10, "a": 11}, map[string]int{"k": 255}, map[string]string{"k": "v"})
	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i*7%1000] = i
	}
	s := fmt.Sprint(big)
	fmt.Println(len(s), s[:40], strings.Count(s, ":"))
	for i := 0; i < 1000; i += 3 {
		delete(big, i)
	}
	sum := 0
	for k, v := range big {
		sum += k ^ v
	}
	fmt.Println(len(big), sum)
	mc := map[complex128]int{complex(1, 2): 1, complex(1, -1): 2, complex(0, 5): 3}
	fmt.Println(mc)
	type E struct{}
	me := map[E]int{{}: 5}
	fmt.Println(me)
}
