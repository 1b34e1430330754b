package main

import "fmt"

// Constraint type inference: type arguments left out of an explicit
// instantiation come from the constraints' core types, also when the
// partially instantiated function is used as a value, and in rounds
// (B ~[]C needs C ~*A first).

func sum[E any, S interface{ ~[]E }](s S, f func(E) int) int {
	t := 0
	for _, e := range s {
		t += f(e)
	}
	return t
}

func ptrs[A any, B interface{ []C }, C interface{ *A }](a A, b B, c C) int {
	n := 0
	for _, p := range b {
		if p == c {
			n++
		}
	}
	return n
}

func build[A interface {
	struct {
		b B
		c C
	}
}, B any, C interface{ *B }](x B) A {
	return A{x, &x}
}

type Bytes []byte

func main() {
	s := sum[byte, Bytes]
	fmt.Println(s(Bytes("abc"), func(b byte) int { return int(b) }))
	fmt.Println(sum[int]([]int{1, 2, 3}, func(i int) int { return i * i }))
	p := ptrs[int]
	x, y := 1, 2
	fmt.Println(p(0, []*int{&x, &y, &x}, &x))
	fmt.Println(ptrs(0, []*int{&y}, &y))
	v := build(1.5)
	fmt.Println(v.b, *v.c)
}
