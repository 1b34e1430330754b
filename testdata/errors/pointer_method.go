package main

type T struct{}

func (t *T) M() {}

type I interface{ M() }

func f() T { return T{} }

func main() {
	f().M()
	T{}.M()
	var i I = T{}
	_ = i
}
