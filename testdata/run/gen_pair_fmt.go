// How fmt shows instances of generic types: %T (main.Pair[string,int]),
// %v, %+v, %#v, a String method on Pair[K,V] picked up by fmt, pointers to
// instances, instances nested in slices and maps, and instances of a
// generic type whose argument is itself an instance.
package main

import (
	"fmt"
	"sort"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("(%v: %v)", p.Key, p.Val)
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{Key: k, Val: v}
}

// Plain has no String method, so fmt prints its fields.
type Plain[T any] struct {
	A, B T
	n    int
}

type Box[T any] struct {
	Inner T
}

type Wrapper[T any] []T

type Num[T ~int | ~float64] struct{ V T }

func (n *Num[T]) String() string { return fmt.Sprintf("Num<%v>", n.V) }

func Entries[K comparable, V any](m map[K]V, less func(a, b K) bool) []Pair[K, V] {
	out := make([]Pair[K, V], 0, len(m))
	for k, v := range m {
		out = append(out, MakePair(k, v))
	}
	sort.Slice(out, func(i, j int) bool { return less(out[i].Key, out[j].Key) })
	return out
}

func main() {
	p := MakePair("age", 42)
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s\n", p, p, p)
	fmt.Printf("%#v\n", p)
	fmt.Printf("%T\n", p)
	fmt.Printf("%T %v\n", &p, &p)

	pl := Plain[float64]{A: 1.5, B: -2, n: 3}
	fmt.Printf("%v|%+v\n", pl, pl)
	fmt.Printf("%#v\n", pl)
	fmt.Printf("%T\n", pl)

	b := Box[Pair[string, []int]]{Inner: MakePair("xs", []int{1, 2})}
	fmt.Printf("%v\n", b)
	fmt.Printf("%+v\n", b)
	fmt.Printf("%T\n", b)

	bb := Box[Box[bool]]{Box[bool]{true}}
	fmt.Printf("%v %+v %T\n", bb, bb, bb)
	fmt.Printf("%#v\n", bb)

	w := Wrapper[string]{"a", "b"}
	fmt.Printf("%v %T %#v\n", w, w, w)

	n := Num[float64]{2.5}
	fmt.Println(n, &n) // String has a pointer receiver: only &n uses it
	fmt.Printf("%T %T\n", n, &n)

	ps := []Pair[int, string]{{1, "one"}, {2, "two"}}
	fmt.Println(ps)
	fmt.Printf("%T\n", ps)

	m := map[string]Pair[int, int]{"b": {2, 4}, "a": {1, 1}}
	fmt.Println(m) // fmt sorts map keys
	fmt.Printf("%T\n", m)

	for _, e := range Entries(map[int]string{3: "c", 1: "a", 2: "b"}, func(a, b int) bool { return a < b }) {
		fmt.Print(e, " ")
	}
	fmt.Println()

	var s fmt.Stringer = MakePair(1.5, true)
	fmt.Println(s.String())
	fmt.Printf("%T\n", s)

	var anyv any = Pair[rune, byte]{'x', 'y'}
	switch v := anyv.(type) {
	case Pair[rune, int]:
		fmt.Println("rune,int", v)
	case Pair[rune, byte]:
		fmt.Println("rune,byte", v, v.Key, v.Val)
	}
	fmt.Println(anyv == Pair[rune, byte]{'x', 'y'}, anyv == MakePair('x', 'y'))

	var zero Pair[string, *int]
	fmt.Println(zero, zero.Val == nil)
	fmt.Printf("%+v\n", Plain[*int]{})
}
