package main

import "fmt"

// A value switch on a slice, map or func of a type parameter: those can
// only be compared with nil, so gc's stenciler leaves the switch alone
// (no conversion of the tag or the cases to interface{}).
func kind[T any](s []T, m map[string]T, f func() T) string {
	out := ""
	switch s {
	case nil:
		out += "nil-slice "
	default:
		out += fmt.Sprint("slice", len(s), " ")
	}
	switch m {
	case nil:
		out += "nil-map "
	default:
		out += "map "
	}
	switch f {
	case nil:
		out += "nil-func"
	default:
		out += fmt.Sprint("func:", f())
	}
	return out
}

type pair[K comparable, V any] struct {
	k K
	v V
}

func (p pair[K, V]) check(vs []V) bool {
	switch vs {
	case nil:
		return false
	}
	switch p.k {
	case *new(K):
		return false
	}
	return true
}

func main() {
	fmt.Println(kind[int](nil, nil, nil))
	fmt.Println(kind([]string{"a"}, map[string]string{}, func() string { return "x" }))
	p := pair[string, int]{"k", 1}
	fmt.Println(p.check(nil), p.check([]int{1}), pair[int, int]{}.check([]int{2}))
}
