package main

import "fmt"

// An instance named only inside generic interfaces' method signatures
// (Go's test/typeparam/issue47710.go): FooType[int] in BarType's method
// leads, through Foo(BarType[int]) and Int(IntType[int]), to the concrete
// IntType[int], whose methods gc compiles.

type FooType[t any] interface {
	Foo(BarType[t])
}

type BarType[t any] interface {
	Int(IntType[t]) FooType[int]
}

type IntType[t any] int

func (n IntType[t]) Foo(BarType[t]) {}

func (n IntType[_]) String() string { return fmt.Sprint("IntType(", int(n), ")") }

func main() {
	fmt.Println(IntType[string](4))
}
