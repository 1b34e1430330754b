package main

import (
	"fmt"
	"math"
	"sort"
)

type P struct{ X, Y int }

func main() {
	m := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	m[P{1, 2}] = "c"
	fmt.Println(len(m), m[P{1, 2}], m[P{9, 9}] == "")
	im := map[interface{}]int{1: 1, "1": 2, 1.5: 3, P{1, 1}: 4, true: 5}
	fmt.Println(im[1], im["1"], im[1.5], im[P{1, 1}], im[true], im[false])
	fm := map[float64]int{}
	fm[math.NaN()] = 1
	fm[math.NaN()] = 2
	fm[0.0] = 3
	fm[math.Copysign(0, -1)] = 4
	fmt.Println(len(fm), fm[0])
	am := map[[2]string]int{{"a", "b"}: 1}
	am[[2]string{"a", "b"}]++
	fmt.Println(am)
	cm := map[rune]int{}
	for _, r := range "hello world" {
		cm[r]++
	}
	keys := make([]string, 0)
	for k, v := range cm {
		keys = append(keys, fmt.Sprintf("%c=%d", k, v))
	}
	sort.Strings(keys)
	fmt.Println(keys)
	delete(cm, 'l')
	delete(cm, 'z')
	_, ok := cm['l']
	fmt.Println(len(cm), ok)
	nested := map[string]map[string]int{}
	if nested["a"] == nil {
		nested["a"] = map[string]int{}
	}
	nested["a"]["b"] += 5
	fmt.Println(nested)
	var pm map[*P]bool = map[*P]bool{}
	p1, p2 := &P{}, &P{}
	pm[p1] = true
	fmt.Println(pm[p1], pm[p2])
}
