// Generic functions and methods that are never instantiated are checked
// too (once, against their constraints).
package main

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Max() T {
	m := s.items[0]
	for _, v := range s.items {
		if v > m {
			m = v
		}
	}
	return m
}

func (s *Stack[T]) Product() T {
	var t T
	for _, v := range s.items {
		t = t * v
	}
	return t
}

func Add[T any](t T) T                  { return t + t }
func Less[T comparable](a, b T) bool    { return a < b }
func IsNil[T any](x T) bool             { return x == nil }
func Deref[T any](x T) int              { return *x }
func Small[T ~int8 | ~int16](t T) T     { t = 1000; return t }
func Index[T any](x T) int              { return x[0] }
func Keys[M ~map[K]V, K comparable, V any](m M) []K {
	r := make([]K, 0, len(m))
	for k := range m {
		r = append(r, k)
	}
	return r
}

func main() {}
