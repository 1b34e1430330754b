// Calls inside an instance's body as gc 1.19's stenciling copies them: a
// method call on a receiver typed with the type parameters is an ordinary
// call of the copy (printed x.M(f()) with a multi-value argument), a call
// of other generic code stays an OFUNCINST until the stenciling pass
// ("(<node FUNCINST>)(f())", no reset of the conversion position), the
// copy's running position skips names but not constants, and a method of
// a plain instance (Box[int]) called there takes a plain receiver (so gc
// does not inline the shaped method).
package main

import "fmt"

type Box[T any] struct{ v T }

func (b *Box[T]) Set(v T, err error) bool {
	if err != nil {
		return false
	}
	b.v = v
	return true
}

func Must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}

var sink any

func Fill[T any](b *Box[T], f func() (T, error)) {
	sink = b.Set(f())
	fmt.Println(sink, b.v)
	sink = Must(f())
	fmt.Println(sink)
	sink = Must[T](f())
	fmt.Println(sink)
	var c Box[int]
	sink = c.Set(g())
	fmt.Println(sink, c.v)
	sink = c.Set(h(2), nil)
	fmt.Println(sink, c.v)
	sink = c.Set(3, nil)
	fmt.Println(sink, c.v)
}

func g() (int, error) { return 1, nil }

func h(x int) int { return x * 10 }

func str() (string, error) { return "s", nil }

func main() {
	var b Box[int]
	Fill(&b, g)
	var s Box[string]
	Fill(&s, str)
	sink = b.Set(g())
	fmt.Println(sink, b.v)
}
