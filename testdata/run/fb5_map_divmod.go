// m[k] /= y and m[k] %= y panic on a zero divisor before the key is
// inserted (gc rewrites them to m[k] = m[k] / y: Go's fixedbugs issue22881).
package main

import "fmt"

func try(name string, f func(map[int]int)) {
	m := map[int]int{}
	func() {
		defer func() { fmt.Println(name, recover()) }()
		f(m)
	}()
	fmt.Println(name, "len", len(m))
}

func main() {
	var z int
	try("div", func(m map[int]int) { m[0] /= z })
	try("mod", func(m map[int]int) { m[0] %= z })
	try("div ok", func(m map[int]int) { m[0] = 7; m[0] /= 2 })
	try("mod ok", func(m map[int]int) { m[1] %= 3 })
	ms := map[string]float64{"a": 1}
	ms["a"] /= 4
	ms["b"] /= 2
	fmt.Println(ms)
	mu := map[uint8]uint8{1: 200}
	mu[1] %= 7
	fmt.Println(mu)
	k := 0
	nextk := func() int { k++; return k }
	mk := map[int]int{1: 10, 2: 20}
	mk[nextk()] /= 5
	fmt.Println(mk, k)
}
