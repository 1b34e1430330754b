package main

import "fmt"

// The length of an instance's dictionary (printed in -m=2's sub-dictionary
// reads): type arguments that mention a type parameter are derived types
// of the caller's dictionary, unnamed and blank parameters are not.

type Value interface{ Len() int }

type Text string

func (t Text) Len() int { return len(t) }

type Node[V Value] struct{ v V }

func (Node[V]) unnamed() int {
	var value V
	return value.Len()
}

func (_ Node[V]) blank() int {
	var value V
	return value.Len()
}

func (n *Node[V]) named() int {
	return n.v.Len()
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func Count[T any](xs []T) int { return len(xs) }

func Keys[K comparable, V any](m map[K]V) int { return len(m) }

func Wrap[V Value]() int {
	return Count[[]V](nil) + Count[func(V) int](nil) + Keys[string, Pair[int, V]](nil)
}

func Params[V Value](_ []V, _ map[string]V, v V) int {
	return Count[V](nil) + v.Len()
}

func Anon[V Value](V, []V) int {
	return Count[*V](nil)
}

func main() {
	n := Node[Text]{"abc"}
	fmt.Println(n.unnamed(), n.blank(), n.named())
	fmt.Println(Wrap[Text]())
	fmt.Println(Params[Text](nil, nil, "xy"))
	fmt.Println(Anon[Text]("q", nil))
}
