package main

import (
	"fmt"
	"strings"
)

type OrderedMap[K comparable, V any] struct {
	keys []K
	vals map[K]V
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{vals: make(map[K]V)}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if _, ok := m.vals[k]; !ok {
		m.keys = append(m.keys, k)
	}
	m.vals[k] = v
}

func (m *OrderedMap[K, V]) Get(k K) (v V, ok bool) {
	v, ok = m.vals[k]
	return
}

func (m *OrderedMap[K, V]) Delete(k K) bool {
	if _, ok := m.vals[k]; !ok {
		return false
	}
	delete(m.vals, k)
	for i, kk := range m.keys {
		if kk == k {
			m.keys = append(m.keys[:i], m.keys[i+1:]...)
			break
		}
	}
	return true
}

func (m *OrderedMap[K, V]) Each(f func(K, V)) {
	for _, k := range m.keys {
		f(k, m.vals[k])
	}
}

func (m *OrderedMap[K, V]) Len() int { return len(m.keys) }

func (m *OrderedMap[K, V]) String() string {
	var sb strings.Builder
	sb.WriteString("{")
	m.Each(func(k K, v V) {
		if sb.Len() > 1 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "%v: %v", k, v)
	})
	sb.WriteString("}")
	return sb.String()
}

func Invert[K, V comparable](m *OrderedMap[K, V]) *OrderedMap[V, K] {
	r := NewOrderedMap[V, K]()
	m.Each(func(k K, v V) { r.Set(v, k) })
	return r
}

func MapValues[K comparable, V, W any](m *OrderedMap[K, V], f func(V) W) *OrderedMap[K, W] {
	r := NewOrderedMap[K, W]()
	m.Each(func(k K, v V) { r.Set(k, f(v)) })
	return r
}

type HTTPStatus int

func (s HTTPStatus) String() string {
	switch s {
	case 200:
		return "OK"
	case 404:
		return "Not Found"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

func main() {
	env := NewOrderedMap[string, string]()
	env.Set("HOME", "/home/gopher")
	env.Set("PATH", "/usr/bin")
	env.Set("SHELL", "/bin/sh")
	env.Set("PATH", "/usr/local/bin:/usr/bin")
	fmt.Println(env, env.Len())
	v, ok := env.Get("SHELL")
	fmt.Println(v, ok, env.Delete("HOME"), env.Delete("NOPE"))
	fmt.Println(env)
	inv := Invert(env)
	fmt.Println(inv)
	codes := NewOrderedMap[HTTPStatus, int]()
	for _, c := range []HTTPStatus{404, 200, 500, 200, 404, 200} {
		n, _ := codes.Get(c)
		codes.Set(c, n+1)
	}
	fmt.Println(codes)
	pct := MapValues(codes, func(n int) float64 { return float64(n) * 100 / 6 })
	fmt.Printf("%.1f\n", pct.vals[200])
	fmt.Println(MapValues(pct, func(f float64) string { return fmt.Sprintf("%.0f%%", f) }))
	var s fmt.Stringer = codes
	fmt.Println(s.String() == codes.String())
	nested := NewOrderedMap[string, *OrderedMap[int, bool]]()
	inner := NewOrderedMap[int, bool]()
	inner.Set(1, true)
	nested.Set("x", inner)
	nested.Set("y", NewOrderedMap[int, bool]())
	fmt.Println(nested)
}
