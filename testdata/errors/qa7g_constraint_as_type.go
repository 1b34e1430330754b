package main

import "fmt"

// Constraint interfaces (type terms, or comparable) are no value types.
type Num interface{ ~int | ~float64 }

type Cmp interface {
	comparable
	String() string
}

type Holder struct {
	n Num
}

func f(x Num) {}

func main() {
	var n Num
	var c comparable
	var k Cmp
	m := map[string]Num{}
	var i interface{} = 1
	_ = i.(Num)
	p := new(Num)
	fmt.Println(n, c, k, m, p)
}
