// == and != between operands of different types: gc converts one operand
// to the other's type explicitly (printed in -m=2 bodies, one more node of
// inline cost) when both are interfaces, when a shaped interface meets an
// interface in an instance, and when a concrete value of 64 KiB or more
// meets an interface (reported at the right operand).
package main

import "fmt"

type S struct{}

func (S) String() string { return "s" }

type Big [1 << 17]byte

type Bar[T any] interface{ String() string }

func f(x any, p fmt.Stringer) bool { return x != p }

func g(p fmt.Stringer, x any) bool { return p == x }

func h(s S, p fmt.Stringer) bool { return s == p }

func k(b *Big, x any) bool { return *b == x }

func k2(b *Big, x any) bool { return x != *b }

func gen[T comparable](a T, x any) bool { return a == x }

func check[T comparable](p Bar[T]) bool {
	x, ok := p.(any)
	return ok && x == p
}

func main() {
	var b Big
	fmt.Println(f(1, S{}), g(S{}, 1), h(S{}, S{}), k(&b, 1), k2(&b, b), gen(1, 1), check[int](S{}))
}
