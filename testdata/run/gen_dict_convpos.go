// Implicit conversions inside generic code are made when gc stencils the
// body, at its running position: an assignment's '=' (or the last node of
// the statement with a position of its own, names have none), a return's
// keyword, a send's arrow, a call's '(' or the argument's own position; a
// type argument converted to an interface prints as unsafe.Pointer(x).
package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }

type Num int

func (n Num) String() string { return fmt.Sprintf("n%d", int(n)) }

type holder struct{ s Stringer }

var sink []any

func keep(vs ...any) { sink = append(sink, vs...) }

func Ret[T Stringer](x T) Stringer {
	return x
}

func Ret2[T Stringer](x T) (Stringer, error) {
	return x, nil
}

func Ret3[T Stringer](x T, fail bool) (Stringer, error) {
	if fail {
		return x, errors.New("failed")
	}
	return x,
		nil
}

func Assign[T Stringer](x, y T, key int) []Stringer {
	var a, b Stringer = x, y
	var c, d Stringer
	c, d = x, y
	h := holder{s: x}
	h2 := holder{x}
	m := map[int]Stringer{}
	m[key] = x
	m[key+1] = y
	h.s = x
	p := &h2
	p.s = y
	arr := make([]Stringer, 3)
	arr[key] = x
	var q Stringer
	q =
		y
	ch := make(chan Stringer, 1)
	ch <- x
	sl := []Stringer{a, b, c, d, h.s, p.s, q, <-ch, arr[key], m[key]}
	sl = append(sl, x, y)
	var e any = x
	e2 := any(y)
	keep(e, e2)
	return sl
}

func InClosure[T Stringer](x T) Stringer {
	var out Stringer
	func() {
		var z Stringer = x
		out = z
	}()
	return out
}

func main() {
	fmt.Println(Ret(Num(1)))
	fmt.Println(Ret2(Num(2)))
	fmt.Println(Ret3(Num(3), true))
	fmt.Println(Ret3(Num(4), false))
	fmt.Println(Assign(Num(5), Num(6), 0))
	fmt.Println(InClosure(Num(7)), len(sink))
}
