// atomic.Pointer[snap[T]] inside a generic type instantiated with a
// pointer: gc spells the shaped methods the body calls from the body's
// shapes (Pointer[go.shape.struct { main.items []*uint8 }_0]), apart from
// the concrete instance's (Pointer[go.shape.struct { main.items []*main.R }_0]).
package main

import "sync/atomic"

type snap[T any] struct{ items []T }

type L[T any] struct{ p atomic.Pointer[snap[T]] }

func (l *L[T]) Items() []T { return l.p.Load().items }

func (l *L[T]) Add(v T) {
	old := l.p.Load()
	n := &snap[T]{items: append(append([]T(nil), old.items...), v)}
	l.p.Store(n)
}

type R struct{ a int }

func main() {
	var l L[*R]
	l.p.Store(&snap[*R]{})
	l.Add(&R{1})
	l.Add(&R{2})
	println(len(l.Items()), l.Items()[1].a)
	var s L[string]
	s.p.Store(&snap[string]{})
	s.Add("x")
	println(len(s.Items()), s.Items()[0])
}
