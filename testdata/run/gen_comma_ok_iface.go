// In an instance, `x, ok = <-c` (also m[k] and v.(T)) whose value has a
// type parameter's type and x an interface: gc's stenciler receives into
// temporaries and converts the first through the dictionary, so -m
// reports unsafe.Pointer(.autotmp_N) escaping (Go issue 50642).  Package
// variables of unnamed interface and struct types make gc write their
// wrappers.
package main

import "fmt"

var sink any
var named fmt.Stringer
var ifaceVar interface{ Area() float64 }
var embedVar struct{ Sq }

type Sq float64

func (s Sq) Area() float64  { return float64(s * s) }
func (s Sq) String() string { return fmt.Sprintf("Sq(%g)", float64(s)) }

func Recv[T any](c chan T) bool {
	var ok bool
	sink, ok = <-c
	return ok
}

func Lookup[K comparable, V fmt.Stringer](m map[K]V, k K) string {
	var ok bool
	named, ok = m[k]
	if !ok {
		return "missing"
	}
	return named.String()
}

func Assert[T any](v any) bool {
	var ok bool
	sink, ok = v.(T)
	return ok
}

func main() {
	c := make(chan int, 1)
	c <- 42
	fmt.Println(Recv(c), sink)
	close(c)
	fmt.Println(Recv(c), sink)
	m := map[string]Sq{"a": 2}
	fmt.Println(Lookup(m, "a"), Lookup(m, "b"))
	fmt.Println(Assert[string]("x"), sink, Assert[int]("y"), sink)
	ifaceVar = Sq(3)
	embedVar.Sq = 4
	fmt.Println(ifaceVar.Area(), embedVar.Area())
}
