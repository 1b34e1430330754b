// Generic values boxed into interfaces: type switches on any(v), fmt of
// generic values, and generic containers of interfaces.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type ID int

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case fmt.Stringer:
		return "stringer " + x.String()
	case int, int64:
		return fmt.Sprintf("integer %v", x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []byte:
		return "bytes " + string(x)
	case error:
		return "error " + x.Error()
	default:
		return fmt.Sprintf("other %T", x)
	}
}

type Bag[T any] struct{ items []any }

func (b *Bag[T]) Add(v T)          { b.items = append(b.items, v) }
func (b *Bag[T]) AddAny(v any)     { b.items = append(b.items, v) }
func (b *Bag[T]) Typed() (out []T) {
	for _, it := range b.items {
		if t, ok := it.(T); ok {
			out = append(out, t)
		}
	}
	return
}

func JoinAll[T fmt.Stringer](xs []T, sep string) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = x.String()
	}
	return strings.Join(parts, sep)
}

func Keys[K comparable, V any](m map[K]V, order []K) []any {
	out := make([]any, 0, len(order))
	for _, k := range order {
		if _, ok := m[k]; ok {
			out = append(out, k)
		}
	}
	return out
}

func main() {
	fmt.Println(Describe(3))
	fmt.Println(Describe(Celsius(21.5)))
	fmt.Println(Describe("héllo"))
	fmt.Println(Describe([]byte("raw")))
	fmt.Println(Describe(fmt.Errorf("boom %d", 1)))
	fmt.Println(Describe(ID(7)))
	fmt.Println(Describe[any](nil))
	fmt.Println(Describe(struct{ A int }{1}))

	var b Bag[int]
	b.Add(1)
	b.AddAny("two")
	b.Add(3)
	b.AddAny(ID(4))
	fmt.Println(b.Typed(), len(b.items))
	fmt.Println(JoinAll([]Celsius{1, 2.5, -3}, " / "))
	m := map[string]int{"a": 1, "c": 3}
	fmt.Println(Keys(m, []string{"a", "b", "c"}))
}
