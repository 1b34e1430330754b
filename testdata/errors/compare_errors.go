package main

type S struct{ f []int }

func main() {
	a := []int{}
	b := []int{}
	_ = a == b
	m := map[int]int{}
	_ = m == m
	f := func() {}
	_ = f == f
	var s1, s2 S
	_ = s1 == s2
	_ = a < b
	var p *int
	_ = p < p
}
