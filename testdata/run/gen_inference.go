// Type inference: from plain arguments, through slices, maps, funcs,
// pointers and channels, and constraint type inference (Scale returns the
// caller's named slice type; First takes ~[]E and infers E from it).
package main

import (
	"fmt"
	"sort"
)

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Point []int32

func (p Point) String() string { return fmt.Sprintf("Point%v", []int32(p)) }

type IDs []uint16

func Scale[S ~[]E, E Integer](s S, c E) S {
	r := make(S, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

func ScaleBad[E Integer](s []E, c E) []E {
	r := make([]E, len(s))
	for i, v := range s {
		r[i] = v * c
	}
	return r
}

func First[S ~[]E, E any](s S) (E, bool) {
	if len(s) == 0 {
		var zero E
		return zero, false
	}
	return s[0], true
}

func Swap[T any](a, b *T) {
	*a, *b = *b, *a
}

func Deref[T any](p *T, def T) T {
	if p == nil {
		return def
	}
	return *p
}

func Compose[A, B, C any](f func(A) B, g func(B) C) func(A) C {
	return func(a A) C { return g(f(a)) }
}

func Invert[K, V comparable](m map[K]V) map[V]K {
	r := make(map[V]K, len(m))
	for k, v := range m {
		r[v] = k
	}
	return r
}

func Drain[T any](c <-chan T) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func SortedKeys[M ~map[K]V, K Integer, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	return ks
}

type Registry map[uint8]string

func main() {
	p := Point{1, -2, 3}
	q := Scale(p, 2)
	fmt.Println(q)        // still a Point: String method applies
	fmt.Printf("%T\n", q) // main.Point
	r := ScaleBad(p, 3)   // plain []int32
	fmt.Println(r)
	fmt.Printf("%T\n", r)

	ids := Scale(IDs{10, 20, 30000}, 3) // uint16 wraparound
	fmt.Printf("%T %v\n", ids, ids)

	if v, ok := First(ids); ok {
		fmt.Println("first id", v)
	}
	if _, ok := First(Point(nil)); !ok {
		fmt.Println("empty point")
	}
	w, _ := First([]string{"x", "y"})
	fmt.Println(w)

	a, b := "left", "right"
	Swap(&a, &b)
	fmt.Println(a, b)
	x, y := 1.5, -2.5
	Swap(&x, &y)
	fmt.Println(x, y)

	var np *int
	n := 42
	fmt.Println(Deref(np, -1), Deref(&n, -1))
	s := "set"
	fmt.Println(Deref(&s, "default"), Deref(nil, "default"))

	double := func(i int) int { return i * 2 }
	show := func(i int) string { return fmt.Sprint("<", i, ">") }
	f := Compose(double, show)
	fmt.Println(f(21))
	g := Compose(f, func(s string) int { return len(s) })
	fmt.Println(g(5), g(500))

	inv := Invert(map[string]int{"one": 1, "two": 2, "three": 3})
	fmt.Println(inv[1], inv[2], inv[3], len(inv))

	c := make(chan float32, 4)
	c <- 1.5
	c <- 2.25
	close(c)
	fmt.Println(Drain(c))

	reg := Registry{9: "nine", 3: "three", 200: "two hundred"}
	for _, k := range SortedKeys(reg) {
		fmt.Println(k, reg[k])
	}
	fmt.Printf("%T\n", SortedKeys(reg))
}
