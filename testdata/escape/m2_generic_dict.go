// errorcheck -0 -m

// The dictionary of shaped functions as gc 1.19 shows it under -m=2
// (tests/differential.sh): a closure in a shaped function captures the
// dictionary (`Acc[go.shape.int_0] capturing by value: .dict`, and the
// .dict parameter leaks to the closure's storage when it is returned), also
// from an enclosing closure's local copy (Nest) and from an inlined call of
// a shaped function (Pairs inlines Iter: the copy of Iter's .dict); an
// inlined call of a shaped function assigns the dictionary first (`.dict,
// s, v := &.dict..., s, v`); the wrapper of a value method called through a
// pointer passes *.this; a constraint that mentions a type parameter (P
// interface{ *T; ... }) takes a dictionary entry (its bound calls read
// entries of a [9]uintptr); a shaped value converted to an interface
// inside a comparison or a send is (<node EFACE>), and a comma-ok type
// assertion to a shaped type <node DYNAMICDOTTYPE2>.
package main

import "fmt"

var sink interface{}

func Acc[T int | string](start T) func(T) T { // ERROR "^can inline Acc\[go\.shape\.int_0\]$"
	acc := start         // ERROR "^moved to heap: acc$"
	return func(x T) T { // ERROR "^can inline Acc\[go\.shape\.int_0\]\.func1$" "^func literal escapes to heap$"
		acc += x
		return acc
	}
}

func Nest[T any](x T) func() func() T { // ERROR "^can inline Nest\[go\.shape\.int_0\]$"
	return func() func() T { // ERROR "^can inline Nest\[go\.shape\.int_0\]\.func1$" "^func literal escapes to heap$"
		return func() T { return x } // ERROR "^can inline Nest\[go\.shape\.int_0\]\.func1\.1$" "^func literal escapes to heap$"
	}
}

func Count[T any](xs []T) int { // ERROR "^can inline Count\[go\.shape\.int_0\]$"
	f := func() int { return len(xs) } // ERROR "^can inline Count\[go\.shape\.int_0\]\.func1$" "^func literal does not escape$"
	return f() + f()                   // ERROR "^inlining call to Count\[go\.shape\.int_0\]\.func1$"
}

type List[T any] struct{ items []T }

func (l *List[T]) Iter() func() (T, bool) { // ERROR "^can inline \(\*List\[go\.shape\.string_0\]\)\.Iter$"
	i := 0                    // ERROR "^moved to heap: i$"
	return func() (T, bool) { // ERROR "^can inline \(\*List\[go\.shape\.string_0\]\)\.Iter\.func1$" "^can inline Pairs\[go\.shape\.string_0\]\.func1$" "^func literal escapes to heap$"
		var zero T
		if i >= len(l.items) {
			return zero, false
		}
		i++
		return l.items[i-1], true
	}
}

func (l *List[T]) Add(v T) { l.items = append(l.items, v) } // ERROR "^can inline \(\*List\[go\.shape\.string_0\]\)\.Add$"

func Pairs[T any](l *List[T]) int {
	n := 0
	for it := l.Iter(); ; n++ { // ERROR "^inlining call to \(\*List\[go\.shape\.string_0\]\)\.Iter$" "^func literal does not escape$"
		if _, ok := it(); !ok { // ERROR "^inlining call to Pairs\[go\.shape\.string_0\]\.func1$"
			return n
		}
	}
}

func Copy[T any](dst *List[T], v T) *List[T] { // ERROR "^can inline Copy\[go\.shape\.string_0\]$"
	dst.Add(v) // ERROR "^inlining call to \(\*List\[go\.shape\.string_0\]\)\.Add$"
	return dst
}

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v } // ERROR "^can inline Box\[go\.shape\.string_0\]\.Get$"

type Getter[T any] interface{ Get() T }

type Counter interface {
	Reset()
	Count() int
}

type Ptr[T any] interface {
	*T
	Counter
}

type tally struct{ n int }

func (t *tally) Reset() { t.n = 0 } // ERROR "^can inline \(\*tally\)\.Reset$" "^t does not escape$"

func (t *tally) Count() int { return t.n } // ERROR "^can inline \(\*tally\)\.Count$" "^t does not escape$"

func ResetAll[T any, P Ptr[T]](xs []T) int {
	n := 0
	for i := range xs {
		p := P(&xs[i])
		p.Reset()
		n += p.Count()
	}
	return n
}

func Is[T comparable](x T, y any) bool { return x == y } // ERROR "^can inline Is\[go\.shape\.int_0\]$" "^unsafe\.Pointer\(x\) does not escape$"

func Send[T any](ch chan any, x T) { ch <- x } // ERROR "^can inline Send\[go\.shape\.int_0\]$" "^unsafe\.Pointer\(x\) escapes to heap$"

func As[T any](x any) (T, bool) { // ERROR "^can inline As\[go\.shape\.int_0\]$"
	v, ok := x.(T)
	return v, ok
}

func Double[T ~int8 | ~int](x T) T { return x * T(2) } // ERROR "^can inline Double\[go\.shape\.int(8)?_0\]$"

func First[T any](xs []T) (T, bool) { // ERROR "^can inline First\[go\.shape\.string_0\]$"
	var zero T
	if len(xs) == 0 {
		return zero, false
	}
	return xs[0], true
}

func Head[T any](xs []T) any { // ERROR "^can inline Head\[go\.shape\.string_0\]$"
	h, _ := First(xs) // ERROR "^inlining call to First\[go\.shape\.string_0\]$"
	return h          // ERROR "^unsafe\.Pointer\(h\) escapes to heap$"
}

func Str[T fmt.Stringer](x T) string { return x.String() } // ERROR "^can inline Str\[go\.shape\.(interface { String\(\) string }|string)_0\]$"

type name string

func (n name) String() string { return string(n) } // ERROR "^can inline name\.String$" "^leaking param: n to result ~r0 level=0$"

func main() {
	a := Acc(1)
	println(a(2))
	println(Nest(3)()())
	println(Count([]int{1})) // ERROR "^\[\]int{...} does not escape$"
	l := &List[string]{}     // ERROR "^&List\[string\]{} does not escape$"
	l.Add("a")
	println(Pairs(l))
	println(len(Copy(l, "b").items))
	var g Getter[string] = &Box[string]{"d"} // ERROR "^&Box\[string\]{...} escapes to heap$"
	sink = g
	println(ResetAll([]tally{{1}})) // ERROR "^\[\]tally{...} escapes to heap$"
	println(Is(1, 1))               // ERROR "^1 does not escape$"
	ch := make(chan any, 1)
	Send(ch, 5)
	v, ok := As[int](<-ch) // ERROR "^inlining call to As\[go\.shape\.int_0\]$"
	fmt.Println(v, ok)     // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^v escapes to heap$" "^ok escapes to heap$"
	println(Double[int8](1), Double(2))
	sink = Head([]string{"h"})                            // ERROR "^\[\]string{...} does not escape$"
	println(Str[fmt.Stringer](name("s")), Str(name("t"))) // ERROR "^name\(.s.\) escapes to heap$"
}
