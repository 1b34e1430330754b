package main

type T struct {
	a int
	t T
}

type A [2]B
type B struct{ a A }

type L struct{ next *L }

func main() {}
