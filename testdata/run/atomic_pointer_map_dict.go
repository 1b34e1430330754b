// A method of a generic type loading an atomic.Pointer[map[K]entry[K, V]]:
// the shaped Load returns the shaped pointer, converted to
// *map[K]entry[K, V]; its deref (the map) and the indexed entry are
// derived types of the dictionary too ((*[9]uintptr) in -m=2).
package main

import "sync/atomic"

type entry[K comparable, V any] struct {
	key K
	val V
}

type RM[K comparable, V any] struct {
	data atomic.Pointer[map[K]entry[K, V]]
}

func (r *RM[K, V]) Get(k K) V {
	return (*r.data.Load())[k].val
}

func main() {
	r := &RM[string, int]{}
	m := map[string]entry[string, int]{}
	r.data.Store(&m)
	println(r.Get("a"))
}
