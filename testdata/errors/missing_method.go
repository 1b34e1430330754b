package main

type I interface {
	M()
	N(int) string
}

type T struct{}

func (T) M() {}

type U struct{}

func (U) M()           {}
func (U) N(string) int { return 0 }

type P struct{}

func (*P) M()             {}
func (*P) N(int) string { return "" }

func main() {
	var i I = T{}
	var j I = U{}
	var k I = P{}
	_, _, _ = i, j, k
}
