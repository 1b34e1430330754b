package main

import "fmt"

type Pair struct{ A, B int }

func divmod(a, b int) (int, int) { return a / b, a % b }
func mk(a, b int) Pair            { return Pair{a, b} }
func add(a, b int) int            { return a + b }
func (p Pair) Sum() int           { return p.A + p.B }
func (p *Pair) Scale(k int)       { p.A *= k; p.B *= k }
func pairOf(a, b int) (int, int)  { return a, b }
func first(a, _ int) int          { return a }
func ok(v int) (int, bool)        { return v, v > 0 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(23, 4))
	fmt.Println(add(divmod(9, 2)))
	fmt.Println(mk(pairOf(3, 4)).Sum())
	fmt.Println(first(pairOf(8, 9)))
	p := mk(1, 2)
	p.Scale(3)
	fmt.Println(p, p.Sum())
	total := 0
	for i := 0; i < add(2, 3); i++ {
		total = add(total, i)
	}
	fmt.Println(total)
	count := 0
	inc := func() int { count++; return count }
	inc()
	inc()
	fmt.Println(count, inc())
	v := func(a, b int) int { return a * b }(6, 7)
	fmt.Println(v)
	s := 0
	func() {
		s += 10
		func() { s *= 2 }()
	}()
	fmt.Println(s)
	if n, good := ok(5); good {
		fmt.Println("ok", n)
	}
	x, y := 1, 2
	x, y = pairOf(y, x)
	fmt.Println(x, y)
	arr := []int{0, 0}
	arr[0], arr[1] = divmod(7, 2)
	fmt.Println(arr)
	var ps []Pair
	ps = append(ps, mk(divmod(10, 3)))
	fmt.Println(ps)
	m := map[string]int{}
	m["q"], m["r"] = divmod(100, 7)
	fmt.Println(m["q"], m["r"])
	flag := false
	set := func(b bool) { flag = b }
	set(true)
	fmt.Println(flag)
	acc := []int{}
	push := func(vs ...int) { acc = append(acc, vs...) }
	push(1, 2)
	push(divmod(7, 3))
	fmt.Println(acc)
}
