// The implicit & (or *) of a method receiver whose type mentions the type
// parameters is placed by gc's stenciler at the last node it entered in
// the receiver expression, not at the selector (-m=2 "address-of" lines).
package main

import "fmt"

var sink any

type List[T any] struct {
	items []T
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v); sink = l }
func (l List[T]) Len() int   { return len(l.items) }

type Inner[T any] struct {
	List[T]
	name string
}

type Holder[T any] struct {
	one   List[T]
	many  []List[T]
	inner Inner[T]
	ptr   *List[T]
	arr   [3]List[T]
}

func (h *Holder[T]) Fill(v T, i int) int {
	h.one.Push(v)
	h.many[i].Push(v)
	h.many[i+1].Push(v)
	h.inner.Push(v)
	h.inner.List.Push(v)
	h.arr[2].Push(v)
	push := h.one.Push
	push(v)
	var local List[T]
	local.Push(v)
	return h.ptr.Len() + (*h).one.Len() + h.arr[i].Len()
}

func main() {
	h := &Holder[string]{many: make([]List[string], 3), ptr: &List[string]{}}
	n := h.Fill("x", 1)
	g := &Holder[int]{many: make([]List[int], 2), ptr: &List[int]{items: []int{1}}}
	m := g.Fill(7, 0)
	fmt.Println(n, m, h.one.Len(), len(h.many[2].items), g.inner.Len())
}
