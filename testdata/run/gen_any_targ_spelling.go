package main

import "fmt"

// An instance's name spells its type arguments as link strings: `any`
// is `interface {}` there (&List[interface {}]{} escapes to heap), even
// nested (map[string]interface {}, func(interface {})).

type List[T any] struct{ items []T }

func (l *List[T]) Push(x T) { l.items = append(l.items, x) }
func (l *List[T]) Len() int { return len(l.items) }

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

var sink interface{}

func fill(n int) *List[any] {
	l := &List[any]{}
	for i := 0; i < n; i++ {
		l.Push(i)
	}
	return l
}

func main() {
	l := fill(3)
	fmt.Println(l.Len())
	b := Box[interface{}]{v: 2}
	sink = b
	m := map[string]Box[any]{"a": {1}}
	sink = m
	bs := make([]Box[map[string]any], 4)
	sink = bs
	p := new(Pair[string, []any])
	p.v = append(p.v, "x", 1)
	sink = p
	f := &Box[func(any) any]{v: func(x any) any { return x }}
	sink = f
	q := &Pair[string, any]{k: "1", v: "two"}
	fmt.Println(q.k, q.v, len(bs), m["a"].v)
	fmt.Printf("%T %T\n", b, q)
}
