package main

import "fmt"

// A type embedding an instance of a generic type, used through a generic
// interface: gc makes the embedded instance's own method wrapper (which
// passes the dictionary) first and inlines it into the promoted one.

type Store[T any] interface {
	Put(key string, v T)
	Lookup(key string) (T, bool)
}

type entry[T any] struct {
	val  T
	hits int
}

type memStore[T any] struct {
	data map[string]*entry[T]
}

func (m *memStore[T]) Put(key string, v T) {
	m.data[key] = &entry[T]{val: v}
}

func (m *memStore[T]) Lookup(key string) (T, bool) {
	e, ok := m.data[key]
	if !ok {
		var zero T
		return zero, false
	}
	e.hits++
	return e.val, true
}

type Named[T any] struct {
	*memStore[T]
	name string
}

func newNamed[T any](name string) Store[T] {
	return &Named[T]{&memStore[T]{data: map[string]*entry[T]{}}, name}
}

func fill[T any](s Store[T], keys []string, vals []T) {
	for i, k := range keys {
		s.Put(k, vals[i])
	}
}

func main() {
	s := newNamed[int]("ints")
	fill(s, []string{"a", "b"}, []int{1, 2})
	v, ok := s.Lookup("b")
	fmt.Println(v, ok)
	t := newNamed[string]("strs")
	t.Put("x", "hello")
	w, ok2 := t.Lookup("y")
	fmt.Printf("%q %v\n", w, ok2)
}
