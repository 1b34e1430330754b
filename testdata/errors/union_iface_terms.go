package main

import "fmt"

type I interface{ M() }
type E interface{ comparable }
type Plain interface{ int | string }

type C1 interface{ int | I }
type C2 interface{ ~fmt.Stringer }
type C3 interface{ string | comparable }
type C4 interface{ float64 | E }
type C5 interface{ Plain | bool }
type C6 interface{ I }
type C7 interface {
	~int | fmt.Stringer | ~I
}

func F[T int | fmt.Stringer](x T) {}

func main() {}
