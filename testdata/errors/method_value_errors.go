package main

type T struct{}

func (T) M(x int) {}

func main() {
	f := T.M
	f(1)
	T.M(T{}, "a")
	_ = T.N
}
