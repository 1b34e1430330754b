// A heterogeneous registry of generic Slot[T] values stored as any, read
// back with type assertions in generic code; one lookup asks for the
// wrong instance (Slot[int64] stored, Slot[int] asked) and the failed
// assertion panics with the instance names in the message (exit status 2).
package main

import (
	"fmt"
	"sort"
)

type Slot[T any] struct {
	name  string
	value T
	gen   int
}

type Registry struct {
	slots map[string]any
	gen   int
}

func Register[T any](r *Registry, name string, v T) {
	r.gen++
	if r.slots == nil {
		r.slots = make(map[string]any)
	}
	r.slots[name] = &Slot[T]{name, v, r.gen}
}

func Lookup[T any](r *Registry, name string) (T, bool) {
	s, ok := r.slots[name].(*Slot[T])
	if !ok {
		var zero T
		return zero, false
	}
	return s.value, true
}

func MustLookup[T any](r *Registry, name string) T {
	return r.slots[name].(*Slot[T]).value
}

func Update[T any](r *Registry, name string, f func(T) T) {
	s := r.slots[name].(*Slot[T])
	s.value = f(s.value)
	r.gen++
	s.gen = r.gen
}

func Names(r *Registry) []string {
	var ns []string
	for k := range r.slots {
		ns = append(ns, k)
	}
	sort.Strings(ns)
	return ns
}

func describe(v any) string {
	switch s := v.(type) {
	case *Slot[int]:
		return fmt.Sprintf("int slot %s=%d gen %d", s.name, s.value, s.gen)
	case *Slot[string]:
		return fmt.Sprintf("string slot %s=%q gen %d", s.name, s.value, s.gen)
	case *Slot[[]float64]:
		return fmt.Sprintf("floats slot %s=%v gen %d", s.name, s.value, s.gen)
	default:
		return fmt.Sprintf("unknown %T", s)
	}
}

func main() {
	var r Registry
	Register(&r, "port", 8080)
	Register(&r, "host", "localhost")
	Register(&r, "weights", []float64{0.5, 0.25})
	Register(&r, "limit", int64(1<<33))

	p, ok := Lookup[int](&r, "port")
	fmt.Println(p, ok)
	h, ok := Lookup[int](&r, "host")
	fmt.Println(h, ok)
	s, ok := Lookup[string](&r, "missing")
	fmt.Printf("%q %v\n", s, ok)

	Update(&r, "port", func(p int) int { return p + 1 })
	Update(&r, "weights", func(w []float64) []float64 { return append(w, 0.125) })
	for _, n := range Names(&r) {
		fmt.Println(describe(r.slots[n]))
	}
	fmt.Println(MustLookup[string](&r, "host"), MustLookup[int64](&r, "limit"))
	fmt.Println(MustLookup[int](&r, "limit"))
	fmt.Println("not reached")
}
