// errorcheck -0 -m

// Shaped functions of generic code as gc 1.19 prints them under -m=2
// (tests/differential.sh): the signature of a shaped function or method is
// a plain func with the dictionary first (func(uintptr, *Stack[...], ...));
// a conversion of a shape-typed value to an interface is gc's
// EFACE(dict[i], unsafe.Pointer(x)): 5 nodes more in the inline cost
// (Show costs 81 and is not inlinable), printed unsafe.Pointer(x) on its
// own and <node EFACE> inside a statement or a call.
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

func Use() {
	var s Stack[int]
	s.Push(1)
	t := Stack[string]{items: []string{"a"}} // ERROR "^\[\]string{...} does not escape$"
	Keep(t.Top())
	Show([]int{1}) // ERROR "^\[\]int{...} escapes to heap$"
}
