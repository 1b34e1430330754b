// errorcheck -0 -m

// Shaped functions of generic code as gc 1.19 prints them under -m=2
// (tests/differential.sh): the signature of a shaped function or method is
// a plain func with the dictionary first (func(uintptr, *Stack[...], ...));
// a conversion of a shape-typed value to an interface is gc's
// EFACE(dict[i], unsafe.Pointer(x)): 5 nodes more in the inline cost
// (Show costs 81 and is not inlinable), printed unsafe.Pointer(x) on its
// own and <node EFACE> inside a statement or a call; a call of a
// constraint's method costs the call, the dictionary read and the
// arguments (Heavier: 57+1+5+1 twice and more: 130).
package p

import "fmt"

var sink interface{}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) } // ERROR "^can inline \(\*Stack\[go\.shape\.(int|string)_0\]\)\.Push$"

func (s *Stack[T]) Top() T { return s.items[len(s.items)-1] } // ERROR "^can inline \(\*Stack\[go\.shape\.(int|string)_0\]\)\.Top$"

func Keep[T any](x T) { // ERROR "^can inline Keep\[go\.shape\.string_0\]$"
	sink = x // ERROR "^unsafe\.Pointer\(x\) escapes to heap$"
}

func Show[T any](xs []T) {
	fmt.Println(xs) // ERROR "^inlining call to fmt\.Println$" "^\.\.\. argument does not escape$" "^unsafe\.Pointer\(xs\) escapes to heap$"
}

type Weigher interface{ Weight() int }

type Item struct{ W int }

func (i Item) Weight() int { return i.W } // ERROR "^can inline Item\.Weight$"

func (i *Item) Reset() { i.W = 0 } // ERROR "^can inline \(\*Item\)\.Reset$" "^i does not escape$"

func Heavier[T Weigher](a, b T) bool { return a.Weight() > b.Weight() }

func Use() {
	var s Stack[int]
	s.Push(1)
	t := Stack[string]{items: []string{"a"}} // ERROR "^\[\]string{...} does not escape$"
	Keep(t.Top())
	Show([]int{1}) // ERROR "^\[\]int{...} escapes to heap$"
	println(Heavier(Item{1}, Item{2}))
}
