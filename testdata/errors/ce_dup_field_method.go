package main

import "fmt"

type T struct {
	a int
	a string
}

type U struct {
	T
	*T
}

func (t T) M() {}
func (t *T) M() {}
func (t T) a() {}

func main() {
	var u U
	u.M()
	fmt.Println(u)
}
