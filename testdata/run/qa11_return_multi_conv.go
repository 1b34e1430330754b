package main

import "fmt"

// `return g()` whose results convert to the function's result types
// (interface{} here): gc puts the conversions of the temporaries at g's
// call (its '('), at g's last argument when g is generic, and inside a
// generic body at the instantiated name.

type T struct{ n int }

func (t *T) pair() (int, error)         { return t.n, nil }
func two(a, b int) (int, string)        { return a + b, "x" }
func take(x interface{}, s interface{}) { fmt.Println(x, s) }

var fv = func() (int, int) { return 1, 2 }

func r1(t *T) (interface{}, error) {
	return t.pair()
}

func r2() (interface{}, interface{}) {
	return two(1000, 2000)
}

func r3() (interface{}, interface{}) {
	return fv()
}

func r4(t *T) (interface{}, error) {
	f := func() (interface{}, error) {
		return t.pair()
	}
	return f()
}

func r5() {
	take(two(3000, 4000))
}

func r6(t *T) (a interface{}, err error) {
	a, err = t.pair()
	return
}

func r7() (interface{}, string) {
	return (two(5000, 6000))
}

func pair[T any](v T) (T, error) { return v, nil }

func g1[T any](v T) (interface{}, error) {
	return pair(v)
}

func g2(v int) (interface{}, error) {
	return pair(v)
}

func g3(v int) (interface{}, error) {
	return pair(v + 1)
}

type Box[T any] struct{ v T }

func (b *Box[T]) get() (T, bool) { return b.v, true }

func (b *Box[T]) any() (interface{}, bool) {
	return b.get()
}

func main() {
	t := &T{1000}
	fmt.Println(r1(t))
	fmt.Println(r2())
	fmt.Println(r3())
	fmt.Println(r4(t))
	r5()
	fmt.Println(r6(t))
	fmt.Println(r7())
	fmt.Println(g1(1000))
	fmt.Println(g1("s"))
	fmt.Println(g2(2000))
	fmt.Println(g3(2000))
	b := &Box[int]{3000}
	fmt.Println(b.any())
}
